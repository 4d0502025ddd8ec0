import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { confirmationMismatchMessage, type DeleteWorkspaceInput } from "./schemas";

/**
 * Deletes the actor's workspace: marks it, which at once ends every session, API key and sign-in
 * into it (they all skip a workspace being deleted), and records `workspace.deletion_requested`
 * in the instance log (an entry of no workspace, which outlives it). The rows go in the
 * background (./removal.ts): a big workspace is far too much for one request. ADMIN only, re-read
 * under the workspace lock so an admin demoted a moment ago cannot; the typed confirmation must be
 * the workspace's URL name exactly.
 */
export async function requestWorkspaceDeletion(actor: Actor, { confirmation }: DeleteWorkspaceInput, context?: RequestContext) {
  if (!can(actor, "workspace.delete")) throw new NotFoundError();
  if (confirmation !== actor.workspaceSlug) {
    const message = confirmationMismatchMessage(actor.workspaceSlug);
    throw new ValidationError(message, { confirmation: [message] });
  }
  await transactionFor(actor, async (tx) => {
    const [workspace] = await tx.$queryRaw<{ name: string; slug: string }[]>`
      SELECT name, slug FROM workspaces WHERE id = ${actor.workspaceId}::uuid AND deletion_requested_at IS NULL FOR UPDATE`;
    const membership = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId: actor.userId, workspaceId: actor.workspaceId } },
      select: { role: true },
    });
    if (!workspace || !membership || !can(membership, "workspace.delete")) throw new NotFoundError();
    await tx.workspace.update({
      where: { id: actor.workspaceId },
      data: { deletionRequestedAt: new Date(), deletionRequestedById: actor.userId },
    });
    await recordAudit(tx, {
      workspaceId: null,
      actorId: actor.userId,
      action: "workspace.deletion_requested",
      targetType: "workspace",
      targetId: actor.workspaceId,
      metadata: { name: workspace.name, slug: workspace.slug },
      context,
    });
  });
}
