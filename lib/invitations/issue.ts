import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { hashToken, newRawToken } from "@/lib/auth/tokens";
import { enqueueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { consumeRateLimit, tooManyRequestsError } from "@/lib/security/rate-limit";
import { EMAIL_SENDING_PER_ADDRESS_LIMIT, rateLimitKey } from "@/lib/security/rate-limit-policies";

/** An invitation waits for someone who may not read email every day. */
export const INVITATION_LIFETIME_DAYS = 7;

export type Invitee = { email: string; name: string; role: Role };

const issuedInvitationSelect = { id: true, email: true, name: true, role: true, expiresAt: true, createdAt: true } as const;
export type IssuedInvitation = Prisma.InvitationGetPayload<{ select: typeof issuedInvitationSelect }>;

/**
 * Gives the actor's workspace a pending invitation for `invitee` with a fresh link: a new one, or
 * the pending one for that email replaced (its old link stops working). Puts the email, naming the
 * inviting admin, the workspace and the role, in the outbox of the same transaction. Every
 * invitation email counts against the per-address limit, so re-inviting cannot flood an inbox.
 */
export async function issueInvitation(tx: Prisma.TransactionClient, actor: Actor, invitee: Invitee, now = new Date()) {
  const throttle = await consumeRateLimit(rateLimitKey.emailSendingTo(invitee.email), EMAIL_SENDING_PER_ADDRESS_LIMIT, tx);
  if (!throttle.allowed) throw tooManyRequestsError(throttle.retryAfterSeconds, "invitations to this address");
  const rawToken = newRawToken();
  const fields = {
    name: invitee.name,
    role: invitee.role,
    tokenHash: hashToken(rawToken),
    invitedById: actor.userId,
    expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60_000),
  };
  const pending = await tx.invitation.findFirst({
    where: { workspaceId: actor.workspaceId, email: invitee.email, acceptedAt: null, revokedAt: null },
    select: { id: true },
  });
  const select = issuedInvitationSelect;
  const invitation: IssuedInvitation = pending
    ? await tx.invitation.update({ where: { id: pending.id }, data: fields, select })
    : await tx.invitation.create({ data: { workspaceId: actor.workspaceId, email: invitee.email, ...fields }, select });
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { name: true } });
  const account = await tx.user.findUnique({ where: { email: invitee.email }, select: { passwordHash: true } });
  await enqueueEmail(tx, {
    workspaceId: actor.workspaceId,
    to: invitation.email,
    template: "invitation",
    data: {
      name: invitation.name,
      inviterName: actor.name,
      workspaceName: workspace.name,
      roleLabel: ROLE_LABELS[invitation.role],
      hasAccount: Boolean(account?.passwordHash),
      acceptPath: `/accept-invite?token=${encodeURIComponent(rawToken)}`,
      expiresInDays: INVITATION_LIFETIME_DAYS,
    },
  });
  return { invitation, isReplacement: pending !== null };
}
