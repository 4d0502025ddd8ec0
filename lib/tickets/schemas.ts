import { z } from "zod";

export const TICKET_PAGE_SIZE = 25;

/** Position in the newest-first list: the last row's update time and id (keyset pagination). */
export const ticketCursorSchema = z.object({
  updatedAt: z.coerce.date(),
  id: z.uuid(),
});
export type TicketCursor = z.infer<typeof ticketCursorSchema>;

/** List position from the URL: `after` pages to older tickets, `before` back to newer ones. */
export const ticketListParamsSchema = z.object({
  after: z.string().max(200).optional().catch(undefined),
  before: z.string().max(200).optional().catch(undefined),
});
export type TicketListParams = z.infer<typeof ticketListParamsSchema>;
