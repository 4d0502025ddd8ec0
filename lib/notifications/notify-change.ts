import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TicketStatus } from "@/lib/generated/prisma/enums";
import { notifyAssigned, notifyStatusChanged } from "./notify";

type AppliedChange = { eventType: string; to: string | null };

const isTicketStatus = (value: string | null): value is TicketStatus =>
  value !== null && Object.values<string>(TicketStatus).includes(value);

/**
 * The emails a ticket change sends, called in its transaction after it is applied: the requester
 * hears of a status they must act on, the assignee of their assignment. One entry point serves the
 * single-ticket and the bulk changes alike.
 */
export async function notifyTicketChange(
  tx: Prisma.TransactionClient,
  actor: { userId: string },
  ticket: { id: string },
  change: AppliedChange,
): Promise<void> {
  if (change.eventType === "STATUS_CHANGED" && isTicketStatus(change.to)) {
    await notifyStatusChanged(tx, ticket, change.to, actor.userId);
  } else if (change.eventType === "ASSIGNEE_CHANGED") {
    await notifyAssigned(tx, ticket, change.to, actor.userId);
  }
}
