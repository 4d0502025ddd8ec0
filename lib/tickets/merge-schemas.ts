import { z } from "zod";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { ticketVersionSchema } from "./change-schemas";
import { STATUS_LABELS } from "./labels";

export const MERGE_INTO_ITSELF_MESSAGE = "A ticket cannot be merged into itself. Choose another ticket.";

const targetNumber = z
  .number({ error: "Enter the number of the ticket to merge into." })
  .int("Enter a ticket number such as 45.")
  .positive("Enter a ticket number such as 45.");

/** Merge the ticket the actor has open (at the version they saw) into the ticket `targetNumber`. */
export const mergeTicketSchema = ticketVersionSchema
  .extend({ targetNumber })
  .refine((input) => input.ticketNumber !== input.targetNumber, { message: MERGE_INTO_ITSELF_MESSAGE, path: ["targetNumber"] });
export type MergeTicketInput = z.infer<typeof mergeTicketSchema>;

/** The lookup behind the merge form's preview line. */
export const findMergeTargetSchema = z.object({ targetNumber });
export type FindMergeTargetInput = z.infer<typeof findMergeTargetSchema>;

/** What the merge form shows about a candidate target before the actor confirms. */
export type MergeTarget = {
  number: number;
  title: string;
  status: TicketStatus;
  requesterName: string;
  /** Set when the candidate is itself a merged duplicate. */
  mergedIntoNumber: number | null;
};

/** Whether anything changed (a repeated merge into the same target changes nothing), and where to go. */
export type MergeTicketResult = { changed: boolean; version: number; targetNumber: number };

/**
 * Why a ticket cannot take a merge, or null when it can. Open and resolved tickets can; a closed
 * one is finished and a merged one lives on elsewhere. Shared by the form's preview and the
 * mutation, so both say the same thing.
 */
export function mergeTargetRefusal(target: Pick<MergeTarget, "number" | "status" | "mergedIntoNumber">): string | null {
  if (target.mergedIntoNumber !== null) {
    return `#${target.number} was itself merged into #${target.mergedIntoNumber}. Merge into #${target.mergedIntoNumber} instead.`;
  }
  if (target.status === "CLOSED") return `#${target.number} is closed. Reopen it first, or choose an open ticket.`;
  return null;
}

/** "#45 Printer offline — Open — requested by Ann" */
export function describeMergeTarget(target: MergeTarget): string {
  return `#${target.number} ${target.title} — ${STATUS_LABELS[target.status]} — requested by ${target.requesterName}`;
}
