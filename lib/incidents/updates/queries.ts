import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { requesterWantingUpdates } from "@/lib/notifications/recipients";
import { ticketScope } from "@/lib/tickets/policy";
import { ACTIVE_STATUSES } from "@/lib/tickets/workflow";
import { INCIDENT_NOT_FOUND_MESSAGE, authorizeIncidents, incidentScope } from "../policy";

/** The most updates an incident's panel shows, newest first. */
export const INCIDENT_UPDATES_LIMIT = 100;

/** An incident's status updates, newest first (the newest INCIDENT_UPDATES_LIMIT); 404 for anyone but its staff. */
export async function listIncidentUpdates(actor: Actor, incidentNumber: number) {
  authorizeIncidents(actor, "read");
  const incident = await dbFor(actor).incident.findFirst({
    where: { AND: [incidentScope(actor), { number: incidentNumber }] },
    select: {
      statusUpdates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: INCIDENT_UPDATES_LIMIT,
        select: { id: true, status: true, visibility: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
      },
    },
  });
  if (!incident) throw new NotFoundError(INCIDENT_NOT_FOUND_MESSAGE);
  return incident.statusUpdates;
}

export type IncidentUpdateAudience = {
  /** The incident as the form posts on it: an update made on an older version is refused. */
  status: IncidentStatus;
  version: number;
  /** Linked tickets a public update becomes a reply on (merged duplicates excluded). */
  ticketCount: number;
  /** Distinct requesters of those tickets who would be emailed, the actor aside. */
  requesterCount: number;
  /** Linked tickets still being worked on, which resolving with the update would resolve. */
  unresolvedTicketCount: number;
};

/** The incident's status and who a public update on it would reach, for the form's confirm step; 404 for anyone but its staff. */
export async function getIncidentUpdateAudience(actor: Actor, incidentNumber: number): Promise<IncidentUpdateAudience> {
  authorizeIncidents(actor, "read");
  const scoped = dbFor(actor);
  const incident = await scoped.incident.findFirst({ where: { AND: [incidentScope(actor), { number: incidentNumber }] }, select: { id: true, status: true, version: true } });
  if (!incident) throw new NotFoundError(INCIDENT_NOT_FOUND_MESSAGE);
  const tickets = await scoped.ticket.findMany({
    where: { AND: [ticketScope(actor), { incidentLinks: { some: { incidentId: incident.id } }, mergedIntoId: null }] },
    select: {
      status: true,
      requesterId: true,
      requester: {
        select: { name: true, email: true, disabledAt: true, memberships: { where: { workspaceId: actor.workspaceId }, select: { workspaceId: true, notifyOwnTicketUpdates: true } } },
      },
    },
  });
  const requesters = new Set(
    tickets
      .filter((ticket) => ticket.requesterId !== actor.userId && requesterWantingUpdates({ requester: ticket.requester, workspaceId: actor.workspaceId }))
      .map((ticket) => ticket.requesterId),
  );
  return {
    status: incident.status,
    version: incident.version,
    ticketCount: tickets.length,
    requesterCount: requesters.size,
    unresolvedTicketCount: tickets.filter((ticket) => ACTIVE_STATUSES.includes(ticket.status)).length,
  };
}
