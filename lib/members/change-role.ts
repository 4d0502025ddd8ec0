import "server-only";
import { revokePersonalTokensOf } from "@/lib/api-keys/mutations";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import { assertCanActOnMember, assertNotLastAdmin, getMemberInScope, lockWorkspace } from "./member-guards";
import type { ChangeMemberRoleInput } from "./schemas";

// A token made under a higher role would keep scopes the member no longer has: a lowered role
// revokes their personal tokens.
const ROLE_RANK: Record<Role, number> = { CLIENT: 0, AGENT: 1, MANAGER: 2, ADMIN: 3 };

/**
 * Changes a member's role with a `membership.role_changed` entry (from → to). It takes effect on
 * the member's next request, since every request re-reads the role. ADMIN only, for members of
 * the admin's workspace (others are "not found"); never the admin's own role, and never the
 * demotion of the last enabled admin, counted under the workspace lock.
 */
export async function changeMemberRole(actor: Actor, { userId, role }: ChangeMemberRoleInput, context?: RequestContext) {
  assertCanActOnMember(actor, userId, "You cannot change your own role. Ask another admin.");
  return transactionFor(actor, async (tx) => {
    const membership = await getMemberInScope(tx, actor, userId);
    if (membership.role === role) return { changed: false };
    if (membership.role === "ADMIN" && !membership.user.disabledAt) {
      await lockWorkspace(tx, actor.workspaceId);
      await assertNotLastAdmin(tx, actor.workspaceId);
    }
    // The role in the where makes a concurrent change by another admin fail instead of being lost.
    const { count } = await tx.membership.updateMany({ where: { id: membership.id, role: membership.role }, data: { role } });
    if (count === 0) throw new ConflictError("Someone changed this role meanwhile. Reload and try again.");
    if (ROLE_RANK[role] < ROLE_RANK[membership.role]) await revokePersonalTokensOf(tx, actor.workspaceId, userId, "role lowered");
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
