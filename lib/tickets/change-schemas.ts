import { z } from "zod";
import { TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";

/** How many tickets one bulk action may change: a page or two of the list, in one transaction. */
export const MAX_BULK_TICKETS = 100;

export const TICKET_CONFLICT_MESSAGE =
  "Someone changed this ticket since you opened it. Here is the current state; apply your change again if it still makes sense.";

const ticketNumber = z.number({ error: "Choose a ticket." }).int().positive();
// The ticket's version when the actor loaded it; a change made on an older one is refused.
const version = z.number().int().positive();

/** Names one ticket as the actor saw it; every single-ticket change extends it. */
export const ticketVersionSchema = z.object({ ticketNumber, version });

export const changeStatusSchema = ticketVersionSchema.extend({
  status: z.enum(TicketStatus, { error: "Choose a status." }),
});
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;

export const changePrioritySchema = ticketVersionSchema.extend({
  priority: z.enum(TicketPriority, { error: "Choose a priority." }),
});
export type ChangePriorityInput = z.infer<typeof changePrioritySchema>;

/** A null category files the ticket under none. */
export const changeCategorySchema = ticketVersionSchema.extend({
  categoryId: z.uuid({ error: "Choose a category." }).nullable(),
});
export type ChangeCategoryInput = z.infer<typeof changeCategorySchema>;

/** A null assignee puts the ticket back in the unassigned queue. */
export const assignTicketSchema = ticketVersionSchema.extend({
  assigneeId: z.uuid({ error: "Choose an agent." }).nullable(),
});
export type AssignTicketInput = z.infer<typeof assignTicketSchema>;

const ticketFieldsShape = {
  status: changeStatusSchema.shape.status.optional(),
  priority: changePrioritySchema.shape.priority.optional(),
  categoryId: changeCategorySchema.shape.categoryId.optional(),
  assigneeId: assignTicketSchema.shape.assigneeId.optional(),
};
type FieldValues = { [K in keyof typeof ticketFieldsShape]?: unknown };
const hasAField = ({ status, priority, categoryId, assigneeId }: FieldValues) =>
  [status, priority, categoryId, assigneeId].some((value) => value !== undefined);

/**
 * Several fields of one ticket at once, as the API's PATCH sends them: any of status, priority,
 * category and assignee (null clears the last two), at least one.
 */
export const ticketFieldsSchema = z
  .strictObject(ticketFieldsShape)
  .refine(hasAField, "Send at least one of status, priority, categoryId and assigneeId.");
export type TicketFields = z.infer<typeof ticketFieldsSchema>;
/** The ticket page's "Save changes": the fields the actor changed, on the version they saw. */
export const changeTicketFieldsSchema = ticketVersionSchema.extend(ticketFieldsShape).refine(hasAField, "Change at least one field.");
export type TicketFieldsInput = TicketFields & { ticketNumber: number; version: number };

export const closeOwnTicketSchema = ticketVersionSchema;
export type CloseOwnTicketInput = z.infer<typeof closeOwnTicketSchema>;

export const reopenOwnTicketSchema = ticketVersionSchema;
export type ReopenOwnTicketInput = z.infer<typeof reopenOwnTicketSchema>;

export const bulkChangeSchema = z.object({
  ticketNumbers: z
    .array(ticketNumber)
    .min(1, "Select at least one ticket.")
    .max(MAX_BULK_TICKETS, `Select at most ${MAX_BULK_TICKETS} tickets at a time.`)
    .transform((numbers) => [...new Set(numbers)]),
  change: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("assign"), assigneeId: assignTicketSchema.shape.assigneeId }),
    z.object({ kind: z.literal("status"), status: changeStatusSchema.shape.status }),
    z.object({ kind: z.literal("priority"), priority: changePrioritySchema.shape.priority }),
    z.object({ kind: z.literal("close") }),
  ]),
});
export type BulkChangeInput = z.infer<typeof bulkChangeSchema>;
export type BulkChange = BulkChangeInput["change"];

/** What a ticket change returns: whether anything changed, and the ticket's version after it. */
export type TicketChangeResult = { changed: boolean; version: number };

