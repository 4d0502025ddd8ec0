"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { getRequestContext } from "@/lib/request-context";
import { createTicket } from "./mutations/create";
import { replyToTicket } from "./mutations/reply";
import { createTicketSchema, replySchema } from "./schemas";

export const createTicketAction = defineAction(createTicketSchema, async (input, actor) => {
  const ticket = await createTicket(actor, input, await getRequestContext());
  revalidatePath("/tickets");
  return { number: ticket.number };
});

export const replyToTicketAction = defineAction(replySchema, async (input, actor) => {
  const reply = await replyToTicket(actor, input, await getRequestContext());
  revalidatePath(`/tickets/${reply.ticketNumber}`);
  revalidatePath("/tickets");
  return { commentId: reply.commentId };
});
