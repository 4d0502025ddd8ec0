import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import {
  type BusinessCalendar,
  DEFAULT_SLA_TARGETS,
  type SlaTargets,
  slaCalendarSettingSchema,
  slaTargetsSchema,
} from "@/lib/sla/schemas";
import { computeSlaState, type SlaEvent, type SlaState } from "@/lib/sla/state";

/** Targets and calendar, with the revision they are (see Workspace.slaRevision). */
export type SlaSettings = { targets: SlaTargets; calendar: BusinessCalendar | null; revision: number };

/**
 * A workspace's SLA settings from their stored JSON. A value that no longer parses (written by an
 * older release, or by hand) falls back to the defaults rather than blocking every ticket change.
 */
export function parseSlaSettings(stored: { slaTargets: unknown; businessCalendar: unknown; slaRevision: number }): SlaSettings {
  const targets = slaTargetsSchema.safeParse(stored.slaTargets);
  const calendar = slaCalendarSettingSchema.safeParse(stored.businessCalendar ?? null);
  return {
    targets: targets.success ? targets.data : DEFAULT_SLA_TARGETS,
    calendar: calendar.success ? calendar.data : null,
    revision: stored.slaRevision,
  };
}

export async function loadSlaSettings(tx: Prisma.TransactionClient, workspaceId: string): Promise<SlaSettings> {
  const workspace = await tx.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { slaTargets: true, businessCalendar: true, slaRevision: true },
  });
  return parseSlaSettings(workspace);
}

const isStatus = (value: string | null): value is TicketStatus =>
  value !== null && (Object.values(TicketStatus) as string[]).includes(value);
const isPriority = (value: string | null): value is TicketPriority =>
  value !== null && (Object.values(TicketPriority) as string[]).includes(value);

type StoredEvent = { type: string; fromValue: string | null; toValue: string | null; createdAt: Date };

/** The recorded events as the SLA engine reads them, with the first response among them. */
export function slaEventsOf(events: readonly StoredEvent[], firstResponseAt: Date | null): SlaEvent[] {
  const slaEvents: SlaEvent[] = [];
  for (const event of events) {
    if (event.type === "STATUS_CHANGED" && isStatus(event.toValue)) {
      slaEvents.push({ at: event.createdAt, type: "status", to: event.toValue });
    } else if (event.type === "PRIORITY_CHANGED" && isPriority(event.toValue)) {
      slaEvents.push({ at: event.createdAt, type: "priority", to: event.toValue });
    }
  }
  if (firstResponseAt) slaEvents.push({ at: firstResponseAt, type: "first_response" });
  // Stable: events recorded in the same millisecond keep the order they were written in.
  return slaEvents.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** What the ticket started as: the "from" of its first change, else what it is now. */
function initialValue<T extends string>(events: readonly StoredEvent[], type: string, isValue: (value: string | null) => value is T) {
  const first = events.find((event) => event.type === type);
  return first && isValue(first.fromValue) ? first.fromValue : undefined;
}

/**
 * Recomputes the ticket's due times from its recorded events and writes them, inside the
 * transaction of the change that was just recorded (or of a recalculation after the settings
 * changed). Once a clock has stopped (resolved, or answered) its due time stays as the one that
 * applied, so a late answer or resolution remains visible to reports; while the ticket waits on
 * the customer the resolution due time is null. Neither `updated_at` nor `version` moves: due
 * times follow from the ticket, they are not an edit of it.
 */
export async function refreshTicketSla(
  tx: Prisma.TransactionClient,
  ticketId: string,
  now: Date,
  settings?: SlaSettings,
): Promise<void> {
  const ticket = await tx.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: {
      workspaceId: true,
      createdAt: true,
      priority: true,
      firstResponseAt: true,
      events: { select: { type: true, fromValue: true, toValue: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const sla = settings ?? (await loadSlaSettings(tx, ticket.workspaceId));
  const { targets, calendar } = sla;
  const state = computeSlaState({
    createdAt: ticket.createdAt,
    priority: initialValue(ticket.events, "PRIORITY_CHANGED", isPriority) ?? ticket.priority,
    status: initialValue(ticket.events, "STATUS_CHANGED", isStatus) ?? TicketStatus.NEW,
    events: slaEventsOf(ticket.events, ticket.firstResponseAt),
    now,
    targets,
    calendar,
  });
  const due = dueTimesOf(state, sla);
  await tx.$executeRaw`
    UPDATE tickets
       SET due_at = ${due.dueAt}, first_response_due_at = ${due.firstResponseDueAt}, sla_revision = ${due.slaRevision}
     WHERE id = ${ticketId}::uuid`;
}

/** The ticket columns that hold an SLA state computed under `settings`. */
const dueTimesOf = (state: SlaState, settings: SlaSettings) => ({
  dueAt: state.resolution.dueAt,
  firstResponseDueAt: state.firstResponse.dueAt,
  slaRevision: settings.revision,
});

/**
 * The due times of a ticket being filed now, with no events yet: what refreshTicketSla would
 * write once it exists, computed before, so the filing writes the ticket once.
 */
export function dueTimesForNewTicket(settings: SlaSettings, priority: TicketPriority, createdAt: Date) {
  const { targets, calendar } = settings;
  const state = computeSlaState({ createdAt, priority, status: TicketStatus.NEW, events: [], now: createdAt, targets, calendar });
  return dueTimesOf(state, settings);
}
