import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { issueInvitation } from "./issue";
import { pendingInvitationScope } from "./policy";
import { INVITATION_NOT_FOUND_MESSAGE, type InvitationTargetInput } from "./schemas";

async function getPendingInvitation(tx: Prisma.TransactionClient, actor: Actor, invitationId: string) {
  if (!can(actor, "members.manage")) throw new NotFoundError(INVITATION_NOT_FOUND_MESSAGE);
  const invitation = await tx.invitation.findFirst({
    where: { AND: [pendingInvitationScope(actor), { id: invitationId }] },
    select: { id: true, email: true, name: true, role: true },
  });
  if (!invitation) throw new NotFoundError(INVITATION_NOT_FOUND_MESSAGE);
  return invitation;
}

/**
 * Sends a pending (or expired) invitation again with a new 7-day link; the old link stops working.
 * With a `user.invitation_resent` entry. Needs `members.manage`; another workspace's invitation,
 * or one accepted or revoked, is "not found".
 */
export async function resendInvitation(actor: Actor, { invitationId }: InvitationTargetInput, context?: RequestContext) {
  await transactionFor(actor, async (tx) => {
    const invitation = await getPendingInvitation(tx, actor, invitationId);
    await issueInvitation(tx, actor, invitation);
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.invitation_resent",
      targetType: "invitation",
      targetId: invitation.id,
      metadata: { email: invitation.email, role: invitation.role },
      context,
    });
  });
}

/**
 * Revokes a pending invitation: its link stops working at once. With a `user.invitation_revoked`
 * entry. Needs `members.manage`; another workspace's invitation, or one accepted or revoked, is
 * "not found".
 */
export async function revokeInvitation(actor: Actor, { invitationId }: InvitationTargetInput, context?: RequestContext) {
  await transactionFor(actor, async (tx) => {
    const invitation = await getPendingInvitation(tx, actor, invitationId);
    // Conditional, so an acceptance that committed in between is not undone by a late revoke.
    const { count } = await tx.invitation.updateMany({
      where: { AND: [pendingInvitationScope(actor), { id: invitation.id }] },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError(INVITATION_NOT_FOUND_MESSAGE);
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.invitation_revoked",
      targetType: "invitation",
      targetId: invitation.id,
      metadata: { email: invitation.email, role: invitation.role },
      context,
    });
  });
}
