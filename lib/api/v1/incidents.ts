import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getIncident } from "@/lib/incidents/queries";
import { TASK_NOT_FOUND_MESSAGE } from "@/lib/incidents/tasks/mutations";
import { type IncidentTaskItem, listIncidentTasks } from "@/lib/incidents/tasks/queries";
import { INCIDENT_NOT_FOUND_MESSAGE } from "@/lib/incidents/policy";
import { ticketNumberParamSchema } from "@/lib/tickets/schemas";
import { ApiError } from "../errors";
import { apiJson } from "../handler";
import { type VersionedRecord, etagOf } from "./headers";
import { incidentTaskParams } from "./incident-work-schemas";
import { toIncident, toTask } from "./serialize";

export const INCIDENT_RECORD: VersionedRecord = { noun: "incident", path: "/incidents/{number}" };
export const TASK_RECORD: VersionedRecord = { noun: "task", path: "/incidents/{number}/tasks" };

/** The number in /incidents/{number} (numbered like tickets); anything else is an incident that does not exist. */
export function incidentNumberFrom(params: { number: string }): number {
  const parsed = ticketNumberParamSchema.safeParse(params.number);
  if (!parsed.success) throw new ApiError("NOT_FOUND", INCIDENT_NOT_FOUND_MESSAGE);
  return parsed.data;
}

/** The incident as the API shows it, with its version as ETag; not visible to the actor: 404. */
export async function incidentResponse(actor: Actor, number: number, status = 200, headers: Record<string, string> = {}): Promise<Response> {
  const incident = await getIncident(actor, number);
  return apiJson(toIncident(incident), { status, headers: { ETag: etagOf(incident.version), ...headers } });
}

/** The task id in /incidents/{number}/tasks/{taskId}; anything but a UUID is a task that does not exist. */
export function taskIdFrom(params: { taskId: string }): string {
  const parsed = incidentTaskParams.shape.taskId.safeParse(params.taskId);
  if (!parsed.success) throw new ApiError("NOT_FOUND", TASK_NOT_FOUND_MESSAGE);
  return parsed.data;
}

/** The incident's task with this id as it is now; 404 when the incident has none such. */
export async function findTask(actor: Actor, incidentNumber: number, taskId: string): Promise<IncidentTaskItem> {
  const task = (await listIncidentTasks(actor, incidentNumber)).find((candidate) => candidate.id === taskId);
  if (!task) throw new ApiError("NOT_FOUND", TASK_NOT_FOUND_MESSAGE);
  return task;
}

/** The task as the API shows it, with its version as ETag. */
export async function taskResponse(actor: Actor, incidentNumber: number, taskId: string, status = 200): Promise<Response> {
  const task = await findTask(actor, incidentNumber, taskId);
  return apiJson(toTask(task), { status, headers: { ETag: etagOf(task.version) } });
}
