import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { isAssignableAgent } from "@/lib/tickets/assignees";
import { type IncidentForChange, type Transaction, loadIncidentForChange, recordIncidentEvent } from "../mutations/core";
import { notifyTaskOwner } from "./notify";
import {
  type AddIncidentTaskInput,
  type EditIncidentTaskInput,
  MAX_TASKS_PER_INCIDENT,
  type SetIncidentTaskDoneInput,
} from "./schemas";

export const TASK_NOT_FOUND_MESSAGE = "That task was not found.";
export const TASK_CONFLICT_MESSAGE = "Someone changed this task since you opened it. Here is the current state; apply your change again if it still makes sense.";
export const TASK_OWNER_NOT_AVAILABLE_MESSAGE = "Choose a staff member of this workspace, or nobody.";
const TOO_MANY_TASKS_MESSAGE = `An incident holds at most ${MAX_TASKS_PER_INCIDENT} tasks.`;

export type IncidentTaskResult = { id: string; version: number };

async function assertOwner(tx: Transaction, actor: Actor, ownerId: string | null) {
  if (ownerId && !(await isAssignableAgent(tx, actor, ownerId))) {
    throw new ValidationError(TASK_OWNER_NOT_AVAILABLE_MESSAGE, { ownerId: [TASK_OWNER_NOT_AVAILABLE_MESSAGE] });
  }
}

function auditTask(tx: Transaction, actor: Actor, incident: IncidentForChange, action: string, metadata: Record<string, string | boolean | null>, context?: RequestContext) {
  return recordAudit(tx, {
    workspaceId: incident.workspaceId,
    actorId: actor.userId,
    action,
    targetType: "incident",
    targetId: incident.id,
    metadata: { number: incident.number, ...metadata },
    context,
  });
}

/**
 * Staff add a task to an incident of their workspace, owned by a staff member or nobody, with a
 * TASK_ADDED timeline entry and an audit entry; the owner is emailed unless they are the actor.
 */
export function addIncidentTask(actor: Actor, input: AddIncidentTaskInput, context?: RequestContext): Promise<IncidentTaskResult> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    await assertOwner(tx, actor, input.ownerId);
    if ((await tx.incidentTask.count({ where: { incidentId: incident.id } })) >= MAX_TASKS_PER_INCIDENT) {
      throw new ValidationError(TOO_MANY_TASKS_MESSAGE, { title: [TOO_MANY_TASKS_MESSAGE] });
    }
    const now = new Date();
    const task = await tx.incidentTask.create({
      data: {
        workspaceId: incident.workspaceId, incidentId: incident.id, title: input.title, ownerId: input.ownerId, dueAt: input.dueAt,
        fromReview: input.fromReview, createdById: actor.userId, createdAt: now, updatedAt: now,
      },
      select: { id: true, version: true },
    });
    const metadata = { taskId: task.id, title: input.title, ownerId: input.ownerId, fromReview: input.fromReview };
    await recordIncidentEvent(tx, actor, incident, { kind: "TASK_ADDED", metadata, occurredAt: now });
    await auditTask(tx, actor, incident, "incident.task_added", metadata, context);
    await notifyTaskOwner(tx, actor, incident, input);
    return task;
  });
}

/** The task of this incident, or a NotFoundError (another incident's task id is not there). */
async function loadTask(tx: Transaction, incident: IncidentForChange, taskId: string) {
  const task = await tx.incidentTask.findFirst({
    where: { id: taskId, incidentId: incident.id },
    select: { id: true, title: true, ownerId: true, dueAt: true, completedAt: true, version: true },
  });
  if (!task) throw new NotFoundError(TASK_NOT_FOUND_MESSAGE);
  return task;
}

/** Writes a task's change if it still has `version` (a ConflictError otherwise); returns the new version. */
async function updateTask(tx: Transaction, taskId: string, version: number, data: Parameters<Transaction["incidentTask"]["updateMany"]>[0]["data"], now: Date) {
  const { count } = await tx.incidentTask.updateMany({ where: { id: taskId, version }, data: { ...data, updatedAt: now, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(TASK_CONFLICT_MESSAGE);
  return version + 1;
}

/** Staff change a task's title, owner or due time; a new owner other than the actor is emailed. */
export function editIncidentTask(actor: Actor, input: EditIncidentTaskInput, context?: RequestContext): Promise<IncidentTaskResult> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const task = await loadTask(tx, incident, input.taskId);
    if (task.version !== input.version) throw new ConflictError(TASK_CONFLICT_MESSAGE);
    const ownerChanged = task.ownerId !== input.ownerId;
    if (ownerChanged) await assertOwner(tx, actor, input.ownerId);
    const unchanged = !ownerChanged && task.title === input.title && task.dueAt?.getTime() === input.dueAt?.getTime();
    if (unchanged) return { id: task.id, version: task.version };
    const version = await updateTask(tx, task.id, input.version, { title: input.title, ownerId: input.ownerId, dueAt: input.dueAt }, new Date());
    await auditTask(tx, actor, incident, "incident.task_edited", {
      taskId: task.id, title: input.title, ownerId: input.ownerId, dueAt: input.dueAt?.toISOString() ?? null,
    }, context);
    if (ownerChanged) await notifyTaskOwner(tx, actor, incident, input);
    return { id: task.id, version };
  });
}

/** Staff mark a task done (TASK_COMPLETED) or not done again (TASK_REOPENED); asking for its current state writes nothing. */
export function setIncidentTaskDone(actor: Actor, input: SetIncidentTaskDoneInput, context?: RequestContext): Promise<IncidentTaskResult> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const task = await loadTask(tx, incident, input.taskId);
    if (task.version !== input.version) throw new ConflictError(TASK_CONFLICT_MESSAGE);
    if ((task.completedAt !== null) === input.done) return { id: task.id, version: task.version };
    const now = new Date();
    const version = await updateTask(tx, task.id, input.version, input.done
      ? { completedAt: now, completedById: actor.userId }
      : { completedAt: null, completedById: null }, now);
    const metadata = { taskId: task.id, title: task.title };
    await recordIncidentEvent(tx, actor, incident, { kind: input.done ? "TASK_COMPLETED" : "TASK_REOPENED", metadata, occurredAt: now });
    await auditTask(tx, actor, incident, input.done ? "incident.task_completed" : "incident.task_reopened", metadata, context);
    return { id: task.id, version };
  });
}
