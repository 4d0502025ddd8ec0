import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import type { IncidentTicketLinkInput } from "../schemas";
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
