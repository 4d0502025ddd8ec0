import "server-only";
import { hashToken, isAuthTokenUsable } from "@/lib/auth/tokens";
import { db } from "@/lib/db";

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
    select: {
      user: {
        select: {
          name: true,
          email: true,
          disabledAt: true,
          memberships: { orderBy: { createdAt: "asc" }, take: 1, select: { workspace: { select: { name: true } } } },
        },
      },
    },
  });
  const workspace = token?.user.memberships[0]?.workspace;
  if (!token || !workspace || token.user.disabledAt) return null;
  return { name: token.user.name, email: token.user.email, workspaceName: workspace.name };
}
