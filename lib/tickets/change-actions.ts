"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/request-context";
import {
  type TicketChangeResult,
  assignTicketSchema,
  bulkChangeSchema,
  changeTicketFieldsSchema,
  closeOwnTicketSchema,
  reopenOwnTicketSchema,
} from "./change-schemas";
import { type BulkChangeResult, bulkChangeTickets } from "./mutations/bulk";
import { assignTicket, changeTicketFields } from "./mutations/change";
import { closeOwnTicket, reopenOwnTicket } from "./mutations/change-own";
import { defineTicketAction } from "./ticket-action";

const TICKETS_PATH = "/tickets";

type SingleChange<I> = (actor: Actor, input: I, context?: RequestContext) => Promise<TicketChangeResult>;

function defineSingleTicketAction<S extends z.ZodType<{ ticketNumber: number }>>(schema: S, mutate: SingleChange<z.output<S>>) {
  return defineTicketAction(schema, async (input, actor, context) => {
    const result = await mutate(actor, input, context);
    revalidateWorkspacePaths(actor, `${TICKETS_PATH}/${input.ticketNumber}`);
    revalidateWorkspacePaths(actor, TICKETS_PATH);
    return result;
  });
}

export const changeTicketFieldsAction = defineSingleTicketAction(changeTicketFieldsSchema, changeTicketFields);
export const assignTicketAction = defineSingleTicketAction(assignTicketSchema, assignTicket);
export const closeOwnTicketAction = defineSingleTicketAction(closeOwnTicketSchema, closeOwnTicket);
export const reopenOwnTicketAction = defineSingleTicketAction(reopenOwnTicketSchema, reopenOwnTicket);

export const bulkChangeTicketsAction = defineTicketAction(bulkChangeSchema, async (input, actor, context): Promise<BulkChangeResult> => {
  const result = await bulkChangeTickets(actor, input, context);
  revalidateWorkspacePaths(actor, TICKETS_PATH);
  for (const ticketNumber of input.ticketNumbers) revalidateWorkspacePaths(actor, `${TICKETS_PATH}/${ticketNumber}`);
  return result;
});
