import { z } from "zod";

/** Mailbox position from the URL: `after` pages to older messages; junk means the first page. */
export const mailboxListParamsSchema = z.object({
  after: z.string().max(200).optional().catch(undefined),
});

export type MailboxListParams = z.infer<typeof mailboxListParamsSchema>;
