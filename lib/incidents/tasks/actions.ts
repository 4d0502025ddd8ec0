"use server";

import { defineTicketAction } from "@/lib/tickets/ticket-action";
import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { addIncidentTask, editIncidentTask, setIncidentTaskDone } from "./mutations";
import { addIncidentTaskSchema, editIncidentTaskSchema, setIncidentTaskDoneSchema } from "./schemas";

// A task change made on an older version comes back as `code: "CONFLICT"`, so the panel refreshes.

export const addIncidentTaskAction = defineTicketAction(addIncidentTaskSchema, async (input, actor, context) => {
  const task = await addIncidentTask(actor, input, context);
  revalidateWorkspacePaths(actor, `/incidents/${input.incidentNumber}`);
  return task;
});

export const editIncidentTaskAction = defineTicketAction(editIncidentTaskSchema, async (input, actor, context) => {
  const task = await editIncidentTask(actor, input, context);
  revalidateWorkspacePaths(actor, `/incidents/${input.incidentNumber}`);
  return task;
});

export const setIncidentTaskDoneAction = defineTicketAction(setIncidentTaskDoneSchema, async (input, actor, context) => {
  const task = await setIncidentTaskDone(actor, input, context);
  revalidateWorkspacePaths(actor, `/incidents/${input.incidentNumber}`);
  return task;
});
