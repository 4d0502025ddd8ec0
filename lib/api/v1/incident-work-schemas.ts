import { z } from "zod";
import { IncidentStatus, IncidentUpdateVisibility } from "@/lib/generated/prisma/enums";
import { addIncidentTaskSchema, editIncidentTaskSchema, setIncidentTaskDoneSchema } from "@/lib/incidents/tasks/schemas";
import { postIncidentUpdateSchema } from "@/lib/incidents/updates/schemas";
import { incidentNumberParams } from "./incident-schemas";

// An incident's tasks and status updates over the API: the panels' own input schemas, and the
// shapes answered (operations.ts, openapi.ts).

// ---- requests ----

/** POST /incidents/{number}/tasks: the task form's fields. */
export const createTaskBodySchema = addIncidentTaskSchema.omit({ incidentNumber: true });

const task = editIncidentTaskSchema.shape;
const taskFieldsShape = {
  title: task.title.optional(),
  ownerId: task.ownerId.unwrap().optional(),
  dueAt: task.dueAt.unwrap().optional(),
  done: setIncidentTaskDoneSchema.shape.done.optional(),
};
const TASK_FIELDS = Object.keys(taskFieldsShape) as (keyof typeof taskFieldsShape)[];

/** PATCH /incidents/{number}/tasks/{taskId}: any of title, owner (null: nobody), due time (null: none) and done. */
export const updateTaskBodySchema = z
  .strictObject(taskFieldsShape)
  .refine((input) => TASK_FIELDS.some((field) => input[field] !== undefined), `Send at least one of ${TASK_FIELDS.join(", ")}.`);

/**
 * POST /incidents/{number}/status-updates: the update form's fields; the incident's version comes
 * as If-Match, and the whole input is checked again with the form's cross-field rules.
 */
export const createStatusUpdateBodySchema = z.object(postIncidentUpdateSchema.shape).omit({ incidentNumber: true, version: true });

export const incidentTaskParams = incidentNumberParams.extend({ taskId: z.uuid().describe("The task's id, from GET /incidents/{number}/tasks.") });

// ---- responses ----

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), name: z.string() });

export const taskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  owner: person.nullable(),
  dueAt: timestamp.nullable(),
  completedAt: timestamp.nullable(),
  completedBy: person.nullable(),
  /** A follow-up agreed in the post-incident review. */
  fromReview: z.boolean(),
  /** Not done and past its due time when read. */
  isOverdue: z.boolean(),
  createdAt: timestamp,
  version: z.int(),
});
export const taskListSchema = z.object({ data: z.array(taskSchema) });

export const statusUpdateSchema = z.object({
  id: z.uuid(),
  status: z.enum(IncidentStatus),
  visibility: z.enum(IncidentUpdateVisibility),
  body: z.string(),
  author: person,
  createdAt: timestamp,
});
export const statusUpdateListSchema = z.object({ data: z.array(statusUpdateSchema) });

export const postedStatusUpdateSchema = statusUpdateSchema.extend({
  /** The incident's version after the update, also its new ETag. */
  incidentVersion: z.int(),
  /** Linked tickets that got the update as a public reply (public updates only). */
  ticketsReplied: z.int(),
  /** Requesters emailed, once each however many of their tickets are linked. */
  requestersEmailed: z.int(),
  ticketsResolved: z.int(),
});
