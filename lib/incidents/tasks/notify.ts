import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { enqueueEmail } from "@/lib/email/outbox";
import { findAssigneeWantingEmail } from "@/lib/notifications/recipients";
import type { Transaction } from "../mutations/core";

type NotifiedTask = { title: string; ownerId: string | null; dueAt: Date | null };
type NotifiedIncident = { id: string; workspaceId: string };

/**
 * Tells a task's new owner, in the change's transaction, unless they gave it to themselves or
 * turned assignment emails off (the same preference as ticket assignments).
 */
export async function notifyTaskOwner(tx: Transaction, actor: Actor, incident: NotifiedIncident, task: NotifiedTask): Promise<void> {
  if (!task.ownerId || task.ownerId === actor.userId) return;
  const owner = await findAssigneeWantingEmail(tx, incident.workspaceId, task.ownerId);
  if (!owner) return;
  const { number, title, workspace } = await tx.incident.findUniqueOrThrow({
    where: { id: incident.id },
    select: { number: true, title: true, workspace: { select: { slug: true } } },
  });
  await enqueueEmail(tx, {
    workspaceId: incident.workspaceId,
    to: owner.email,
    template: "incident-task-assigned",
    data: {
      name: owner.name,
      incident: { number, title, workspaceSlug: workspace.slug },
      taskTitle: task.title,
      assignerName: actor.name,
      dueAt: task.dueAt,
    },
  });
}
