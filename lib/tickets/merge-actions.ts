"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { findMergeTargetSchema, mergeTicketSchema } from "./merge-schemas";
import { findMergeTarget } from "./merge-target";
import { mergeTicket } from "./mutations/merge";
import { defineTicketAction } from "./ticket-action";

const TICKETS_PATH = "/tickets";

export const mergeTicketAction = defineTicketAction(mergeTicketSchema, async (input, actor, context) => {
  const result = await mergeTicket(actor, input, context);
  revalidatePath(`${TICKETS_PATH}/${input.ticketNumber}`);
  revalidatePath(`${TICKETS_PATH}/${result.targetNumber}`);
  revalidatePath(TICKETS_PATH);
  return result;
});

/** The merge form's preview; null when there is no such ticket the actor may merge into. */
export const findMergeTargetAction = defineAction(findMergeTargetSchema, (input, actor) =>
  findMergeTarget(actor, input.targetNumber),
);
