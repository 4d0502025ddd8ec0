import "server-only";
import { isAuthTokenUsable } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { INSTANCE_SETTINGS_ROW } from "@/lib/instance/queries";

/**
 * The workspace that registration without an invitation lands in: the one the instance settings
 * name, or null when they name none (registration is then by invitation only). Its own
 * registration mode still decides whether it takes registrations. Public: no actor.
 */
export async function findRegistrationWorkspace() {
  const settings = await db.instanceSettings.findUnique({
    where: INSTANCE_SETTINGS_ROW,
    select: { registrationWorkspace: { select: { id: true, name: true, registrationMode: true } } },
  });
  return settings?.registrationWorkspace ?? null;
}

/**
 * Whether a verification link would still work, without spending it: the page only shows the
 * button, so a mail scanner that fetches the link does not use it up. Public: no actor.
 */
export async function isVerificationTokenUsable(rawToken: string): Promise<boolean> {
  return isAuthTokenUsable(db, rawToken, "EMAIL_VERIFICATION");
}
