import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { RequestContext } from "@/lib/request-context";
import { verifyPassword } from "./password";
import type { SignInInput } from "./schemas";

/** What the session token carries: identifiers only, never roles or secrets. */
export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  workspaceId: string;
  sessionVersion: number;
};

/**
 * Checks an email and password. Every failure (no such account, wrong password, disabled,
 * no workspace) returns null after the same work, so the caller can show only a generic error
 * and neither the message nor the timing tells whether the email has an account.
 */
export async function verifyCredentials(
  { email, password }: Pick<SignInInput, "email" | "password">,
  context: RequestContext,
): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      disabledAt: true,
      sessionVersion: true,
      memberships: { select: { workspaceId: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  const isPasswordCorrect = await verifyPassword(user?.passwordHash ?? null, password);
  const workspaceId = user?.memberships[0]?.workspaceId;
  if (!user || !isPasswordCorrect || user.disabledAt || !workspaceId) return null;

  await recordAudit(db, {
    workspaceId,
    actorId: user.id,
    action: "user.signed_in",
    targetType: "user",
    targetId: user.id,
    context,
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    workspaceId,
    sessionVersion: user.sessionVersion,
  };
}
