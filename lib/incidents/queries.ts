import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCreatedAtCursor, encodeCreatedAtCursor } from "@/lib/pagination/created-at-cursor";
import { TICKET_NOT_FOUND_MESSAGE, ticketScope } from "@/lib/tickets/policy";
import { INCIDENT_NOT_FOUND_MESSAGE, authorizeIncidents, incidentScope } from "./policy";
import { INCIDENT_PAGE_SIZE, INCIDENT_TIMELINE_LIMIT, type IncidentFilters } from "./schemas";
import { severityDescriptions } from "./severity";

const person = { select: { id: true, name: true } } as const;

const incidentListSelect = {
  id: true,
  number: true,
  title: true,
  severity: true,
  status: true,
  declaredAt: true,
  resolvedAt: true,
  commander: person,
  _count: { select: { tickets: true } },
} satisfies Prisma.IncidentSelect;

export type IncidentListItem = Prisma.IncidentGetPayload<{ select: typeof incidentListSelect }>;
export type IncidentPage = { incidents: IncidentListItem[]; olderCursor: string | null };

type Scoped = ReturnType<typeof dbFor>;

/**
 * The declared range's bounds: midnight of each day in the workspace's report time zone, as the
 * dashboard counts them (a day across a DST change is 23 or 25 hours long); the end day included.
 */
async function declaredRange(scoped: Scoped, actor: Actor, filters: IncidentFilters): Promise<Prisma.IncidentWhereInput> {
  const { declaredFrom, declaredTo } = filters;
  if (!declaredFrom && !declaredTo) return {};
  const [bounds] = await scoped.$queryRaw<{ starts: Date | null; ends: Date | null }[]>`
    SELECT (${declaredFrom ?? null}::date::timestamp AT TIME ZONE w.report_time_zone) AS starts,
           ((${declaredTo ?? null}::date + 1)::timestamp AT TIME ZONE w.report_time_zone) AS ends
      FROM workspaces w WHERE w.id = ${actor.workspaceId}::uuid`;
  return { declaredAt: { ...(bounds?.starts ? { gte: bounds.starts } : {}), ...(bounds?.ends ? { lt: bounds.ends } : {}) } };
}

/**
 * Staff list their workspace's incidents, newest declared first, a page at a time, filtered by
 * status, severity and declared days; 404 for others.
 */
export async function listIncidents(actor: Actor, filters: IncidentFilters, { pageSize = INCIDENT_PAGE_SIZE } = {}): Promise<IncidentPage> {
  authorizeIncidents(actor, "read");
  const after = decodeCreatedAtCursor(filters.after);
  const scoped = dbFor(actor);
  const rows = await scoped.incident.findMany({
    where: {
      AND: [
        incidentScope(actor),
        filters.status ? { status: filters.status } : {},
        filters.severity ? { severity: filters.severity } : {},
        await declaredRange(scoped, actor, filters),
        after ? { OR: [{ declaredAt: { lt: after.createdAt } }, { declaredAt: after.createdAt, id: { lt: after.id } }] } : {},
      ],
    },
    orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: incidentListSelect,
  });
  const incidents = rows.slice(0, pageSize);
  const last = incidents.at(-1);
  const olderCursor = rows.length > pageSize && last ? encodeCreatedAtCursor({ createdAt: last.declaredAt, id: last.id }) : null;
  return { incidents, olderCursor };
}

const timelineEventSelect = {
  id: true,
  kind: true,
  occurredAt: true,
  createdAt: true,
  editedAt: true,
  body: true,
  metadata: true,
  actor: person,
  // A note's earlier versions, oldest first; other entries are never edited.
  edits: { orderBy: { editedAt: "asc" }, select: { id: true, body: true, occurredAt: true, editedAt: true, editedBy: person } },
} satisfies Prisma.IncidentEventSelect;
export type IncidentTimelineEvent = Prisma.IncidentEventGetPayload<{ select: typeof timelineEventSelect }>;

const incidentDetailSelect = {
  id: true,
  number: true,
  title: true,
  summary: true,
  severity: true,
  status: true,
  declaredAt: true,
  acknowledgedAt: true,
  mitigatedAt: true,
  resolvedAt: true,
  closedAt: true,
  version: true,
  commander: person,
  communicationsLead: person,
  declaredBy: person,
  responders: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { role: true, user: person } },
  tickets: {
    orderBy: { ticket: { number: "asc" } },
    select: { ticket: { select: { number: true, title: true, status: true } } },
  },
  events: {
    // The newest entries when there are more than the cap; put back in order below.
    orderBy: [{ occurredAt: "desc" }, { sequence: "desc" }],
    take: INCIDENT_TIMELINE_LIMIT + 1,
    select: timelineEventSelect,
  },
} satisfies Prisma.IncidentSelect;

type IncidentDetailRow = Prisma.IncidentGetPayload<{ select: typeof incidentDetailSelect }>;
export type IncidentDetail = Omit<IncidentDetailRow, "events" | "tickets"> & {
  tickets: IncidentDetailRow["tickets"][number]["ticket"][];
  timeline: IncidentDetailRow["events"];
  /** Whether older timeline entries were left out (more than INCIDENT_TIMELINE_LIMIT). */
  timelineTruncated: boolean;
};

/**
 * One incident of the actor's workspace with its people, linked tickets and timeline (oldest
 * first, the newest INCIDENT_TIMELINE_LIMIT entries); a NotFoundError for anyone but its staff.
 */
export async function getIncident(actor: Actor, incidentNumber: number): Promise<IncidentDetail> {
  authorizeIncidents(actor, "read");
  const row = await dbFor(actor).incident.findFirst({
    where: { AND: [incidentScope(actor), { number: incidentNumber }] },
    select: incidentDetailSelect,
  });
  if (!row) throw new NotFoundError(INCIDENT_NOT_FOUND_MESSAGE);
  const { events, tickets, ...incident } = row;
  return {
    ...incident,
    tickets: tickets.map((link) => link.ticket),
    timeline: events.slice(0, INCIDENT_TIMELINE_LIMIT).reverse(),
    timelineTruncated: events.length > INCIDENT_TIMELINE_LIMIT,
  };
}

/** One entry of an incident's timeline, by id; a NotFoundError for anyone but the incident's staff. */
export async function getIncidentEvent(actor: Actor, incidentNumber: number, eventId: string): Promise<IncidentTimelineEvent> {
  authorizeIncidents(actor, "read");
  const event = await dbFor(actor).incidentEvent.findFirst({
    where: { id: eventId, incident: { AND: [incidentScope(actor), { number: incidentNumber }] } },
    select: timelineEventSelect,
  });
  if (!event) throw new NotFoundError(INCIDENT_NOT_FOUND_MESSAGE);
  return event;
}

export type TicketIncident = { number: number; title: string; status: IncidentListItem["status"]; severity: IncidentListItem["severity"] };

/** The incidents a ticket of the actor's workspace is linked to, newest first; 404 for anyone but staff. */
export async function listIncidentsForTicket(actor: Actor, ticketNumber: number): Promise<TicketIncident[]> {
  authorizeIncidents(actor, "read");
  const scoped = dbFor(actor);
  const ticket = await scoped.ticket.findFirst({ where: { AND: [ticketScope(actor), { number: ticketNumber }] }, select: { id: true } });
  if (!ticket) throw new NotFoundError(TICKET_NOT_FOUND_MESSAGE);
  return scoped.incident.findMany({
    where: { AND: [incidentScope(actor), { tickets: { some: { ticketId: ticket.id } } }] },
    orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
    select: { number: true, title: true, status: true, severity: true },
  });
}

/** What each severity means in the actor's workspace (its own text, else the default); staff only. */
export async function getSeverityDescriptions(actor: Actor) {
  authorizeIncidents(actor, "read");
  const workspace = await dbFor(actor).workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { incidentSeverities: true } });
  return severityDescriptions(workspace.incidentSeverities);
}

export type LinkableIncident = Pick<TicketIncident, "number" | "title" | "status">;

/** The most open incidents offered when linking tickets from the ticket side. */
export const LINKABLE_INCIDENTS_LIMIT = 100;

/** The workspace's incidents that are not closed, newest first, to link tickets to; staff only. */
export async function listLinkableIncidents(actor: Actor): Promise<LinkableIncident[]> {
  authorizeIncidents(actor, "read");
  return dbFor(actor).incident.findMany({
    where: { AND: [incidentScope(actor), { status: { not: "CLOSED" } }] },
    orderBy: [{ declaredAt: "desc" }, { id: "desc" }],
    take: LINKABLE_INCIDENTS_LIMIT,
    select: { number: true, title: true, status: true },
  });
}

/** The workspace's report time zone: the clock incident times are shown and written on; staff only. */
export const getIncidentTimeZone = cache(async (actor: Actor): Promise<string> => {
  authorizeIncidents(actor, "read");
  const workspace = await dbFor(actor).workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { reportTimeZone: true } });
  return workspace.reportTimeZone;
});
