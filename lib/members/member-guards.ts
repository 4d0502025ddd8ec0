import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { memberScope } from "./policy";
import { LAST_ADMIN_MESSAGE } from "./schemas";

/**
 * The checks every admin action on another member starts with: only admins, never on oneself
 * (an admin's own account changes go through account settings, and refusing them keeps the
 * actor an admin). `ownMessage` says what to do instead.
 */
export function assertCanActOnMember(actor: Actor, userId: string, ownMessage: string) {
  if (!can(actor, "members.manage")) throw new NotFoundError("That person was not found.");
  if (userId === actor.userId) throw new DomainError("OWN_ACCOUNT", ownMessage);
}

const memberSelect = {
  id: true,
  role: true,
  user: { select: { id: true, email: true, name: true, disabledAt: true, emailVerifiedAt: true } },
} satisfies Prisma.MembershipSelect;

/** The target's membership in the admin's workspace; a member of another workspace is "not found". */
export async function getMemberInScope(tx: Prisma.TransactionClient, actor: Actor, userId: string) {
  const membership = await tx.membership.findFirst({ where: { AND: [memberScope(actor), { userId }] }, select: memberSelect });
  if (!membership) throw new NotFoundError("That person was not found.");
  return membership;
}

/**
 * Locks the workspace row until the transaction ends. Every change that can take away an admin
 * takes this lock before counting admins, so two such changes run one after the other and the
 * second counts what the first left; without it, two admins demoting each other at once would
 * each see the other still an admin and leave none.
 */
export async function lockWorkspace(tx: Prisma.TransactionClient, workspaceId: string) {
  await tx.$queryRaw`SELECT id FROM workspaces WHERE id = ${workspaceId}::uuid FOR UPDATE`;
}

/**
 * Refuses to take away the workspace's last enabled admin. Call it after `lockWorkspace`.
 * `message` tells the admin leaving themselves what to do instead.
 */
export async function assertNotLastAdmin(tx: Prisma.TransactionClient, workspaceId: string, message = LAST_ADMIN_MESSAGE) {
  const admins = await tx.membership.count({ where: { workspaceId, role: "ADMIN", user: { disabledAt: null } } });
  if (admins <= 1) throw new DomainError("LAST_ADMIN", message);
}
