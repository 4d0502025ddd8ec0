import { z } from "zod";
import { createdAtCursorField } from "@/lib/pagination/created-at-cursor";

/** Mailbox position from the URL: `after` pages to older messages; the page drops a junk one. */
export const mailboxListParamsSchema = z.object({ after: createdAtCursorField });

export type MailboxListParams = z.infer<typeof mailboxListParamsSchema>;
