import { z } from "zod";
import { TicketKind, TicketPriority } from "@/lib/generated/prisma/enums";
import { text, titleText } from "@/lib/validation/text";

/**
 * The most timeline entries a ticket page shows. A ticket's history is bounded in practice; past
 * the cap the newest entries are shown, with a note that older ones were left out.
 */
export const TIMELINE_LIMIT = 500;

export const TITLE_MIN_LENGTH = 3;
export const TITLE_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 20_000;

const ticketNumber = z.int().positive().max(2_147_483_647);

/** A ticket number from a URL segment: digits only; anything else is "not found". */
export const ticketNumberParamSchema = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(ticketNumber);

const markdownBody = (what: string) =>
  text(
    z
      .string()
      .max(BODY_MAX_LENGTH, `Keep the ${what} under ${BODY_MAX_LENGTH.toLocaleString("en")} characters.`)
      .refine((value) => value.trim().length > 0, `Write a ${what}.`),
  );

/**
 * Filing a ticket. `requestKey` is generated once per form, so a double submit or a retry files
 * one ticket. Whether the category is active and whether the actor may choose URGENT are
 * checked by the mutation, which knows the workspace and the role.
 */
export const createTicketSchema = z.object({
  title: titleText(
    z
      .string()
      .trim()
      .min(TITLE_MIN_LENGTH, `Give the ticket a title of at least ${TITLE_MIN_LENGTH} characters.`)
      .max(TITLE_MAX_LENGTH, `Keep the title under ${TITLE_MAX_LENGTH} characters.`),
  ),
  description: markdownBody("description"),
  kind: z.enum(TicketKind, "Choose what kind of ticket this is."),
  categoryId: z.uuid("Choose a category from the list.").optional(),
  priority: z.enum(TicketPriority, "Choose a priority from the list.").optional(),
  requestKey: z.uuid(),
});
export type CreateTicketInput = z.infer<typeof createTicketSchema>;

/** A public reply or, for staff, an internal note; `requestKey` is generated once per draft. */
export const replySchema = z.object({
  ticketNumber,
  body: markdownBody("message"),
  isInternal: z.boolean(),
  requestKey: z.uuid(),
});
export type ReplyInput = z.infer<typeof replySchema>;
