import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import type { IncidentTicketLinkInput, LinkIncidentTicketsInput } from "../schemas";
import { loadIncidentForChange, recordIncidentEvent } from "./core";
import { findLinkableTickets } from "./tickets";

/**
 * Staff link a ticket of their workspace to an incident, with a TICKET_LINKED entry; a ticket
 * already linked stays as it is (`changed: false`). Either number unknown in the workspace: 404.
 */
export function linkIncidentTicket(actor: Actor, input: IncidentTicketLinkInput): Promise<{ changed: boolean }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const [ticket] = await findLinkableTickets(tx, actor, [input.ticketNumber]);
    const { count } = await tx.incidentTicket.createMany({
      data: [{ workspaceId: incident.workspaceId, incidentId: incident.id, ticketId: ticket!.id, linkedById: actor.userId }],
      skipDuplicates: true,
    });
    if (count > 0) await recordIncidentEvent(tx, actor, incident, { kind: "TICKET_LINKED", metadata: { ticketNumber: input.ticketNumber }, occurredAt: new Date() });
    return { changed: count > 0 };
  });
}

/** Staff unlink a ticket from an incident, with a TICKET_UNLINKED entry; one not linked stays unlinked. */
export function unlinkIncidentTicket(actor: Actor, input: IncidentTicketLinkInput): Promise<{ changed: boolean }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const [ticket] = await findLinkableTickets(tx, actor, [input.ticketNumber]);
    const { count } = await tx.incidentTicket.deleteMany({ where: { incidentId: incident.id, ticketId: ticket!.id } });
    if (count > 0) await recordIncidentEvent(tx, actor, incident, { kind: "TICKET_UNLINKED", metadata: { ticketNumber: input.ticketNumber }, occurredAt: new Date() });
    return { changed: count > 0 };
  });
}

/**
 * Staff link several tickets of their workspace to an incident at once (the queue's selection):
 * all or none, a TICKET_LINKED entry for each newly linked one; an unknown number is a 404
 * naming it, and nothing is linked.
 */
export function linkIncidentTickets(actor: Actor, input: LinkIncidentTicketsInput): Promise<{ linked: number; alreadyLinked: number }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const tickets = await findLinkableTickets(tx, actor, input.ticketNumbers);
    const existing = await tx.incidentTicket.findMany({
      where: { incidentId: incident.id, ticketId: { in: tickets.map((ticket) => ticket.id) } },
      select: { ticketId: true },
    });
    const isLinked = new Set(existing.map((link) => link.ticketId));
    const fresh = tickets.filter((ticket) => !isLinked.has(ticket.id));
    const now = new Date();
    await tx.incidentTicket.createMany({
      data: fresh.map((ticket) => ({ workspaceId: incident.workspaceId, incidentId: incident.id, ticketId: ticket.id, linkedById: actor.userId, createdAt: now })),
      skipDuplicates: true,
    });
    for (const ticket of fresh) {
      await recordIncidentEvent(tx, actor, incident, { kind: "TICKET_LINKED", metadata: { ticketNumber: ticket.number }, occurredAt: now });
    }
    return { linked: fresh.length, alreadyLinked: tickets.length - fresh.length };
  });
}
