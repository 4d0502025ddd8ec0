"use server";

import { defineTicketAction } from "@/lib/tickets/ticket-action";
import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { postIncidentUpdate } from "./mutations";
import { postIncidentUpdateSchema } from "./schemas";

/** Posts an update; the incident list shows the status it may have moved to, the tickets their new reply. */
export const postIncidentUpdateAction = defineTicketAction(postIncidentUpdateSchema, async (input, actor, context) => {
  const posted = await postIncidentUpdate(actor, input, context);
  revalidateWorkspacePaths(actor, `/incidents/${input.incidentNumber}`, "/incidents", "/tickets");
  return posted;
});
