import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { issueAuthToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";

const INVITATION_LIFETIME_DAYS = TOKEN_LIFETIME_MINUTES.INVITATION / (24 * 60);

/**
 * Issues a fresh invitation link for `invitee` (any earlier one stops working) and puts the
 * email, naming the inviting admin and their workspace, in the outbox of the same transaction.
 */
export async function sendInvitationEmail(
  tx: Prisma.TransactionClient,
  actor: Actor,
  invitee: { id: string; email: string; name: string },
) {
  const { rawToken } = await issueAuthToken(tx, invitee.id, "INVITATION");
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { name: true } });
  await enqueueEmail(tx, {
    workspaceId: actor.workspaceId,
    to: invitee.email,
    template: "invitation",
    data: {
      name: invitee.name,
      inviterName: actor.name,
      workspaceName: workspace.name,
      acceptPath: `/accept-invite?token=${encodeURIComponent(rawToken)}`,
      expiresInDays: INVITATION_LIFETIME_DAYS,
    },
  });
}
