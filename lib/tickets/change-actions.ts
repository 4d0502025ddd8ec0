"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/session";
import { ConflictError } from "@/lib/errors";
import { type RequestContext, getRequestContext } from "@/lib/request-context";
import {
  type TicketActionResult,
  type TicketChangeResult,
  assignTicketSchema,
  bulkChangeSchema,
  changeCategorySchema,
  changePrioritySchema,
  changeStatusSchema,
  closeOwnTicketSchema,
  reopenOwnTicketSchema,
} from "./change-schemas";
import { type BulkChangeResult, bulkChangeTickets } from "./mutations/bulk";
import { assignTicket, changeTicketCategory, changeTicketPriority, changeTicketStatus } from "./mutations/change";
import { closeOwnTicket, reopenOwnTicket } from "./mutations/change-own";

const TICKETS_PATH = "/tickets";

type Outcome<T> = { isConflict: false; value: T } | { isConflict: true; message: string };

/**
 * defineAction with one addition: a ConflictError comes back with `code: "CONFLICT"`, so the page
 * knows to refresh and show the fresh state rather than just the message.
 */
function defineTicketAction<S extends z.ZodType, T>(schema: S, run: (input: z.output<S>, actor: Actor) => Promise<T>) {
  const action = defineAction(schema, async (input, actor): Promise<Outcome<T>> => {
    try {
      return { isConflict: false, value: await run(input, actor) };
    } catch (error) {
      if (error instanceof ConflictError) return { isConflict: true, message: error.message };
      throw error;
    }
  });
  return async (rawInput: z.input<S>): Promise<TicketActionResult<T>> => {
    const result = await action(rawInput);
    if (!result.ok) return result;
    if (result.data.isConflict) return { ok: false, error: result.data.message, code: "CONFLICT" };
    return { ok: true, data: result.data.value };
  };
}

type SingleChange<I> = (actor: Actor, input: I, context?: RequestContext) => Promise<TicketChangeResult>;

function defineSingleTicketAction<S extends z.ZodType<{ ticketNumber: number }>>(schema: S, mutate: SingleChange<z.output<S>>) {
  return defineTicketAction(schema, async (input, actor) => {
    const result = await mutate(actor, input, await getRequestContext());
    revalidatePath(`${TICKETS_PATH}/${input.ticketNumber}`);
    revalidatePath(TICKETS_PATH);
    return result;
  });
}

export const changeTicketStatusAction = defineSingleTicketAction(changeStatusSchema, changeTicketStatus);
export const changeTicketPriorityAction = defineSingleTicketAction(changePrioritySchema, changeTicketPriority);
export const changeTicketCategoryAction = defineSingleTicketAction(changeCategorySchema, changeTicketCategory);
export const assignTicketAction = defineSingleTicketAction(assignTicketSchema, assignTicket);
export const closeOwnTicketAction = defineSingleTicketAction(closeOwnTicketSchema, closeOwnTicket);
export const reopenOwnTicketAction = defineSingleTicketAction(reopenOwnTicketSchema, reopenOwnTicket);

export const bulkChangeTicketsAction = defineTicketAction(bulkChangeSchema, async (input, actor): Promise<BulkChangeResult> => {
  const result = await bulkChangeTickets(actor, input, await getRequestContext());
  revalidatePath(TICKETS_PATH);
  for (const ticketNumber of input.ticketNumbers) revalidatePath(`${TICKETS_PATH}/${ticketNumber}`);
  return result;
});
