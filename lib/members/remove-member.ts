import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import type { RequestContext } from "@/lib/request-context";
import { endMembership } from "./end-membership";
import { assertCanActOnMember, assertNotLastAdmin, getMemberInScope, lockWorkspace } from "./member-guards";
import type { MemberTargetInput } from "./schemas";

/**
 * Removes a member from the admin's workspace, with a `membership.removed` entry: their
 * membership only, not their account, which may belong to other workspaces (see endMembership
 * for their tickets). ADMIN only, for members of the admin's workspace (others are "not found");
 * never oneself (that is leaving), and never the last enabled admin, counted under the lock.
 */
export async function removeMember(actor: Actor, { userId }: MemberTargetInput, context?: RequestContext) {
  assertCanActOnMember(actor, userId, "To leave this workspace yourself, use Leave workspace in your account settings.");
  return transactionFor(actor, async (tx) => {
    const membership = await getMemberInScope(tx, actor, userId);
    if (membership.role === "ADMIN" && !membership.user.disabledAt) {
      await lockWorkspace(tx, actor.workspaceId);
      await assertNotLastAdmin(tx, actor.workspaceId);
    }
    const unassignedTickets = await endMembership(tx, {
      membershipId: membership.id,
      workspaceId: actor.workspaceId,
      userId,
      actorId: actor.userId,
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "membership.removed",
      targetType: "user",
      targetId: userId,
      metadata: { email: membership.user.email, role: membership.role, unassignedTickets },
      context,
    });
    return { unassignedTickets };
  });
}
