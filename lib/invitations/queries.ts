import "server-only";
import { hashToken, isAuthTokenUsable } from "@/lib/auth/tokens";
import { db, dbFor } from "@/lib/db";

export type InvitationPreview = { name: string; email: string; workspaceName: string };

/**
 * Who an invitation link is for, or null when it is unknown, used or expired. Public: the token is
 * the proof. It only looks the token up: mail scanners open every link, so only submitting the
 * form may spend it.
 */
export async function findUsableInvitation(rawToken: string): Promise<InvitationPreview | null> {
  if (!(await isAuthTokenUsable(db, rawToken, "INVITATION"))) return null;
  const token = await db.authToken.findUnique({
    where: { tokenHash: hashToken(rawToken) },
    select: { user: { select: { id: true, name: true, email: true, disabledAt: true } } },
  });
  if (!token || token.user.disabledAt) return null;
  // The invitation's workspace: the invitee's first membership, read in their own scope.
  const membership = await dbFor({ userId: token.user.id }).membership.findFirst({
    where: { userId: token.user.id },
    orderBy: { createdAt: "asc" },
    select: { workspace: { select: { name: true } } },
  });
  if (!membership) return null;
  const { workspace } = membership;
  return { name: token.user.name, email: token.user.email, workspaceName: workspace.name };
}
