import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor, transactionFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { lockableUserScope } from "./policy";
import type { UnlockUserInput } from "./schemas";

/**
 * Members of the admin's workspace whose account is locked now, soonest unlock first. Empty for
 * anyone but an admin.
 */
export async function listLockedMembers(actor: Actor) {
  if (!can(actor, "sign_ins.manage")) return [];
  return dbFor(actor).user.findMany({
    where: { AND: [lockableUserScope(actor), { lockedUntil: { gt: new Date() } }] },
    orderBy: [{ lockedUntil: "asc" }, { id: "asc" }],
    take: 100,
    select: { id: true, name: true, email: true, lockedUntil: true, failedLoginCount: true },
  });
}
export type LockedMember = Awaited<ReturnType<typeof listLockedMembers>>[number];

/**
 * Lifts a lock and clears the failure count, with its `user.unlocked` audit entry. ADMIN only and
 * for members of the admin's workspace: anyone else, or a user of another workspace, is "not found".
 * Unlike disabling, a forced password reset or a two-factor reset (lib/members/other-workspaces.ts),
 * it stays allowed for someone who also belongs to other workspaces: the lock is account-wide, but
 * lifting it only gives the person back what the lockout took from them, changes no credential, and
 * the per-address and per-email throttles still slow down whoever was guessing.
 */
export async function unlockUser(actor: Actor, { userId }: UnlockUserInput, context?: RequestContext) {
  if (!can(actor, "sign_ins.manage")) throw new NotFoundError("That user was not found.");
  return transactionFor(actor, async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { AND: [lockableUserScope(actor), { id: userId }] },
      data: { failedLoginCount: 0, lockedUntil: null },
    });
    if (count === 0) throw new NotFoundError("That user was not found.");
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.unlocked",
      targetType: "user",
      targetId: userId,
      context,
    });
    return { userId };
  });
}
