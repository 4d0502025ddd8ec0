"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction } from "@/lib/action";
import { createTicket } from "./mutations/create";
import { replyToTicket } from "./mutations/reply";
import { createTicketSchema, replySchema } from "./schemas";

export const createTicketAction = defineAction(createTicketSchema, async (input, actor, context) => {
  const ticket = await createTicket(actor, input, context);
  revalidateWorkspacePaths(actor, "/tickets");
  return { number: ticket.number };
});

export const replyToTicketAction = defineAction(replySchema, async (input, actor, context) => {
  const reply = await replyToTicket(actor, input, context);
  revalidateWorkspacePaths(actor, `/tickets/${reply.ticketNumber}`);
  revalidateWorkspacePaths(actor, "/tickets");
  return { commentId: reply.commentId };
});
