import "server-only";
import { isAuthTokenUsable } from "@/lib/auth/tokens";
import { db } from "@/lib/db";

/**
 * The workspace that self-registered clients join: the oldest one, which is the default
 * workspace created on first start (installs run a single workspace). Public: no actor.
 */
export async function findRegistrationWorkspace() {
  return db.workspace.findFirst({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, registrationMode: true },
  });
}

/**
 * Whether a verification link would still work, without spending it: the page only shows the
 * button, so a mail scanner that fetches the link does not use it up. Public: no actor.
 */
export async function isVerificationTokenUsable(rawToken: string): Promise<boolean> {
  return isAuthTokenUsable(db, rawToken, "EMAIL_VERIFICATION");
}
