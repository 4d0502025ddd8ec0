import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The invitations an admin manages: their workspace's pending ones (not accepted or revoked), expired included. */
export function pendingInvitationScope(actor: Actor): Prisma.InvitationWhereInput {
  return { workspaceId: actor.workspaceId, acceptedAt: null, revokedAt: null };
}

/** What makes a link work: an invitation neither accepted, revoked nor expired. */
export function usableInvitationWhere(tokenHash: string, now: Date): Prisma.InvitationWhereInput {
  return { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
}
