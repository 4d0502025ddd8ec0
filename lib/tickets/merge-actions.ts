"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction } from "@/lib/action";
import { findMergeTargetSchema, mergeTicketSchema } from "./merge-schemas";
import { findMergeTarget } from "./merge-target";
import { mergeTicket } from "./mutations/merge";
import { defineTicketAction } from "./ticket-action";

const TICKETS_PATH = "/tickets";

export const mergeTicketAction = defineTicketAction(mergeTicketSchema, async (input, actor, context) => {
  const result = await mergeTicket(actor, input, context);
  revalidateWorkspacePaths(actor, `${TICKETS_PATH}/${input.ticketNumber}`);
  revalidateWorkspacePaths(actor, `${TICKETS_PATH}/${result.targetNumber}`);
  revalidateWorkspacePaths(actor, TICKETS_PATH);
  return result;
});

/** The merge form's preview; null when there is no such ticket the actor may merge into. */
export const findMergeTargetAction = defineAction(findMergeTargetSchema, (input, actor) =>
  findMergeTarget(actor, input.targetNumber),
);
