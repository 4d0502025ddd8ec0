import { TicketStatus } from "@/lib/generated/prisma/enums";

/**
 * The ticket workflow: for each status, the statuses staff may move a ticket to. Pure data, so
 * the status menu, the mutations and the bulk bar all read the same table.
 *
 * - NEW is picked up (OPEN, or straight to IN_PROGRESS) and never comes back.
 * - IN_PROGRESS and WAITING_ON_CUSTOMER go back and forth while the work goes on; a ticket
 *   waiting on the customer may also go back to OPEN, as a customer's reply puts it.
 * - Any open status may be RESOLVED; only NEW must be triaged first.
 * - Any status but CLOSED may be CLOSED: spam, duplicates and withdrawn requests end without a
 *   resolution.
 * - RESOLVED may be reopened to OPEN; CLOSED is final (a new ticket is the way back).
 */
export const STATUS_TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  NEW: [TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.CLOSED],
  OPEN: [TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.RESOLVED, TicketStatus.CLOSED],
  IN_PROGRESS: [TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.RESOLVED, TicketStatus.CLOSED],
  WAITING_ON_CUSTOMER: [TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CLOSED],
  RESOLVED: [TicketStatus.OPEN, TicketStatus.CLOSED],
  CLOSED: [],
};

/** Statuses in which the ticket is still being worked on (not resolved, not closed). */
export const ACTIVE_STATUSES: readonly TicketStatus[] = [
  TicketStatus.NEW,
  TicketStatus.OPEN,
  TicketStatus.IN_PROGRESS,
  TicketStatus.WAITING_ON_CUSTOMER,
];

export function nextStatuses(status: TicketStatus): readonly TicketStatus[] {
  return STATUS_TRANSITIONS[status];
}

export function isTransitionAllowed(from: TicketStatus, to: TicketStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

export type TimestampChanges = { resolvedAt?: Date | null; closedAt?: Date | null };

/**
 * How a transition moves the resolution and closing times; a key that is absent stays as it is.
 * Resolving stamps resolvedAt. Closing stamps closedAt and keeps resolvedAt: set when closed after
 * resolution, null when closed without one, so resolution reports count only real resolutions.
 * Leaving RESOLVED or CLOSED for an active status (a reopen) clears both, so the ticket reads as
 * open again and a later resolution gets its own time.
 */
export function timestampChanges(from: TicketStatus, to: TicketStatus, now: Date): TimestampChanges {
  if (to === TicketStatus.RESOLVED) return { resolvedAt: now, closedAt: null };
  if (to === TicketStatus.CLOSED) return from === TicketStatus.CLOSED ? {} : { closedAt: now };
  if (!ACTIVE_STATUSES.includes(from)) return { resolvedAt: null, closedAt: null };
  return {};
}

/** A resolved ticket going back to work (CLOSED is final, so only RESOLVED can be reopened). */
export function isReopen(from: TicketStatus, to: TicketStatus): boolean {
  return from === TicketStatus.RESOLVED && ACTIVE_STATUSES.includes(to);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last moment a requester may reopen a ticket resolved at `resolvedAt`. */
export function reopenDeadline(resolvedAt: Date, clientReopenDays: number): Date {
  return new Date(resolvedAt.getTime() + clientReopenDays * DAY_MS);
}

/** Whether the requester may still reopen their ticket: only a resolved one, within the window. */
export function canRequesterReopen(
  ticket: { status: TicketStatus; resolvedAt: Date | null },
  clientReopenDays: number,
  now: Date,
): boolean {
  if (ticket.status !== TicketStatus.RESOLVED || !ticket.resolvedAt) return false;
  return now.getTime() <= reopenDeadline(ticket.resolvedAt, clientReopenDays).getTime();
}

/** The requester's reopen deadline while it is still ahead, else null (for the page's controls). */
export function openReopenDeadline(
  ticket: { status: TicketStatus; resolvedAt: Date | null },
  clientReopenDays: number,
  now: Date,
): Date | null {
  return canRequesterReopen(ticket, clientReopenDays, now) && ticket.resolvedAt
    ? reopenDeadline(ticket.resolvedAt, clientReopenDays)
    : null;
}
