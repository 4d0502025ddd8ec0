import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { liveWorkspaceWhere } from "@/lib/workspaces/live";
import { endMembership } from "./end-membership";
import { assertNotLastAdmin, lockWorkspace } from "./member-guards";
import { LAST_ADMIN_LEAVING_MESSAGE, ONLY_WORKSPACE_MESSAGE } from "./schemas";

/**
 * The actor leaves the workspace they act in, with a `membership.left` entry (see endMembership
 * for what happens to their tickets). Refused to the last enabled admin (counted under the
 * workspace lock, as demotions are) and when it is the actor's only workspace: an account needs
 * one to sign in to. The account is locked meanwhile, so leaving two workspaces at once cannot
 * leave it with none.
 */
export async function leaveWorkspace(actor: Actor, context?: RequestContext): Promise<{ unassignedTickets: number }> {
  return transactionFor(actor, async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId: actor.userId, workspaceId: actor.workspaceId } },
      select: { id: true, role: true },
    });
    if (!membership) throw new NotFoundError("You are no longer a member of this workspace.");
    // The workspace before the account, in the order disabling an admin takes them.
    if (membership.role === "ADMIN") await lockWorkspace(tx, actor.workspaceId);
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${actor.userId}::uuid FOR UPDATE`;
    const workspaces = await tx.membership.count({ where: { userId: actor.userId, workspace: liveWorkspaceWhere } });
    if (workspaces <= 1) throw new DomainError("ONLY_WORKSPACE", ONLY_WORKSPACE_MESSAGE);
    if (membership.role === "ADMIN") await assertNotLastAdmin(tx, actor.workspaceId, LAST_ADMIN_LEAVING_MESSAGE);
    const unassignedTickets = await endMembership(tx, {
      membershipId: membership.id,
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      actorId: actor.userId,
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "membership.left",
      targetType: "user",
      targetId: actor.userId,
      metadata: { role: membership.role, unassignedTickets },
      context,
    });
    return { unassignedTickets };
  });
}
