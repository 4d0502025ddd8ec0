import { z } from "zod";
import { instantSchema } from "@/lib/validation/dates";
import { titleText } from "@/lib/validation/text";

const TASK_TITLE_MAX_LENGTH = 200;
const POSTGRES_INT_MAX = 2_147_483_647;

/** How many tasks one incident may hold; a response with more is a project, not an incident. */
export const MAX_TASKS_PER_INCIDENT = 200;

const incidentNumber = z.int("Choose an incident.").positive().max(POSTGRES_INT_MAX);
const taskId = z.uuid("Choose a task.");
// The task's version when the actor loaded it; a change made on an older one is refused.
const version = z.int().positive().max(POSTGRES_INT_MAX);

const taskFields = z.object({
  title: titleText(
    z.string().trim().min(1, "Say what needs doing.").max(TASK_TITLE_MAX_LENGTH, `Keep the task under ${TASK_TITLE_MAX_LENGTH} characters.`),
  ),
  /** A staff member of the workspace, or nobody yet (null). */
  ownerId: z.uuid("Choose an owner from the list.").nullable().default(null),
  dueAt: instantSchema.nullable().default(null),
});

/** A new task on an incident; `fromReview` marks a follow-up agreed in the post-incident review. */
export const addIncidentTaskSchema = taskFields.extend({
  incidentNumber,
  fromReview: z.boolean().default(false),
});
export type AddIncidentTaskInput = z.infer<typeof addIncidentTaskSchema>;

/** A task's title, owner and due time as the actor saw them at `version`. */
export const editIncidentTaskSchema = taskFields.extend({ incidentNumber, taskId, version });
export type EditIncidentTaskInput = z.infer<typeof editIncidentTaskSchema>;

/** Marks a task done, or not done again. */
export const setIncidentTaskDoneSchema = z.object({ incidentNumber, taskId, version, done: z.boolean() });
export type SetIncidentTaskDoneInput = z.infer<typeof setIncidentTaskDoneSchema>;
