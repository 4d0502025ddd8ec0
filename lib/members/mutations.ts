import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { canManageMembers, memberScope } from "./policy";
import type { ChangeMemberRoleInput } from "./schemas";

/**
 * Changes a member's role with a `membership.role_changed` entry (from → to). It takes effect on
 * the member's next request, since every request re-reads the role. Admins cannot change their
 * own role: that is also what keeps at least one admin, as the actor stays one.
 */
export async function changeMemberRole(actor: Actor, { userId, role }: ChangeMemberRoleInput, context?: RequestContext) {
  if (!canManageMembers(actor)) throw new NotFoundError("That person was not found.");
  if (userId === actor.userId) {
    throw new DomainError("OWN_ROLE", "You cannot change your own role. Ask another admin.");
  }
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { AND: [memberScope(actor), { userId }] },
      select: { id: true, role: true },
    });
    if (!membership) throw new NotFoundError("That person was not found.");
    if (membership.role === role) return { changed: false };
    // The role in the where makes a concurrent change by another admin fail instead of being lost.
    const { count } = await tx.membership.updateMany({ where: { id: membership.id, role: membership.role }, data: { role } });
    if (count === 0) throw new ConflictError("Someone changed this role meanwhile. Reload and try again.");
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "membership.role_changed",
      targetType: "user",
      targetId: userId,
      metadata: { from: membership.role, to: role },
      context,
    });
    return { changed: true };
  });
}
