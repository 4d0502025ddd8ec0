import { randomUUID } from "node:crypto";
import type { TicketEventType, TicketStatus } from "@/lib/generated/prisma/enums";
import { isReopen } from "@/lib/tickets/workflow";
import type { Random } from "./random";

export type EventRow = {
  id: string;
  ticketId: string;
  /** Null for the changes the system makes (the auto-close after resolution). */
  actorId: string | null;
  type: TicketEventType;
  fromValue: TicketStatus | null;
  toValue: TicketStatus | null;
  createdAt: number;
};

/** What planEvents needs to know of a generated ticket. */
export type EventTicket = {
  id: string;
  status: TicketStatus;
  requesterId: string;
  assigneeId: string | null;
  createdAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  /** The last comment's time: a ticket waiting on its customer was put there by that question. */
  lastCommentAt: number;
};

/**
 * A random UUID whose first 48 bits are `ms`, as UUIDv7 lays them out. Ids that follow the load
 * order land at the end of the primary key instead of on random pages: measured on 400,000
 * events into a table of 3.9 million, COPY took 9.7-13.1 s instead of 13.1-20.0 s.
 */
export function timeOrderedId(ms: number): string {
  const time = Math.max(0, Math.floor(ms)).toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randomUUID().slice(15)}`;
}

const REOPENED_SHARE = 0.05;

/** How many times the events reopen the ticket, by the app's rule (isReopen): its reopen_count. */
export function countReopens(events: readonly EventRow[]): number {
  return events.filter(({ type, fromValue, toValue }) => type === "STATUS_CHANGED" && fromValue && toValue && isReopen(fromValue, toValue)).length;
}

/**
 * The ticket's timeline changes, oldest first, as the app would have recorded them: CREATED by
 * the requester (no values, like lib/tickets/mutations/create.ts), then the status walk that ends
 * at the ticket's status, NEW → OPEN at the first response (and for a few resolved tickets a
 * premature resolution their requester reopened). Every change is at least a
 * millisecond after the one before: the SLA engine reads events ordered by created_at alone, so
 * two changes in one millisecond could be replayed in either order. Ids are time-ordered by the
 * ticket's creation, which is the order the seed loads tickets in.
 */
export function planEvents(ticket: EventTicket, random: Random): EventRow[] {
  const events: EventRow[] = [
    { id: timeOrderedId(ticket.createdAt), ticketId: ticket.id, actorId: ticket.requesterId, type: "CREATED", fromValue: null, toValue: null, createdAt: ticket.createdAt },
  ];
  if (ticket.firstResponseAt === null) return events;
  // Answered tickets always have an assignee (generate.ts assigns every one of them).
  const assignee = ticket.assigneeId;
  let status: TicketStatus = "NEW";
  const change = (to: TicketStatus, at: number, actorId: string | null = assignee) => {
    const createdAt = Math.max(at, events[events.length - 1]!.createdAt + 1);
    events.push({ id: timeOrderedId(ticket.createdAt), ticketId: ticket.id, actorId, type: "STATUS_CHANGED", fromValue: status, toValue: to, createdAt });
    status = to;
  };
  change("OPEN", ticket.firstResponseAt);
  if (ticket.status === "IN_PROGRESS") {
    const span = Math.max(0, ticket.lastCommentAt - ticket.firstResponseAt);
    change("IN_PROGRESS", ticket.firstResponseAt + Math.round(random.next() * span));
  } else if (ticket.status === "WAITING_ON_CUSTOMER") {
    change("WAITING_ON_CUSTOMER", ticket.lastCommentAt);
  }
  if (ticket.resolvedAt !== null) {
    // One resolved ticket in twenty was resolved too early and reopened by its requester first,
    // so the dashboard's reopen rate has something to show.
    const before = events[events.length - 1]!.createdAt;
    if (ticket.resolvedAt - before > 10 && random.chance(REOPENED_SHARE)) {
      const firstResolution = Math.round(before + (ticket.resolvedAt - before) * (0.2 + 0.3 * random.next()));
      change("RESOLVED", firstResolution);
      change("OPEN", Math.round(firstResolution + (ticket.resolvedAt - firstResolution) * (0.2 + 0.4 * random.next())), ticket.requesterId);
    }
    change("RESOLVED", ticket.resolvedAt);
  }
  if (ticket.closedAt !== null) change("CLOSED", ticket.closedAt, null);
  return events;
}
