import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { isAssignableAgent } from "@/lib/tickets/assignees";
import { authorizeIncidents } from "../policy";
import type { DeclareIncidentInput } from "../schemas";
import { ROLE_HOLDER_NOT_AVAILABLE_MESSAGE } from "./change";
import { type Transaction, recordIncidentEvent } from "./core";
import { findLinkableTickets } from "./tickets";

export type DeclaredIncident = { id: string; number: number };

/** The commander: the declarer unless they name a staff member of the workspace. */
async function commanderFor(tx: Transaction, actor: Actor, commanderId: string | undefined): Promise<string> {
  if (!commanderId || commanderId === actor.userId) return actor.userId;
  if (!(await isAssignableAgent(tx, actor, commanderId))) {
    throw new ValidationError(ROLE_HOLDER_NOT_AVAILABLE_MESSAGE, { commanderId: [ROLE_HOLDER_NOT_AVAILABLE_MESSAGE] });
  }
  return commanderId;
}

/**
 * Staff declare an incident in their workspace, numbered from the workspace's incident counter,
 * with the tickets it starts with linked: the incident, its DECLARED and TICKET_LINKED timeline
 * entries and the `incident.declared` audit entry commit together or not at all.
 */
export async function declareIncident(actor: Actor, input: DeclareIncidentInput, context?: RequestContext): Promise<DeclaredIncident> {
  authorizeIncidents(actor, "manage");
  const { title, summary, severity, commanderId, ticketNumbers } = input;
  return transactionFor(actor, async (tx) => {
    const commander = await commanderFor(tx, actor, commanderId);
    const tickets = await findLinkableTickets(tx, actor, ticketNumbers);
    // The counter's row lock serialises declarations in the workspace until commit, so numbers
    // are distinct and, as a rolled-back declaration gives its number back, without gaps.
    const { incidentNumber: number } = await tx.workspace.update({
      where: { id: actor.workspaceId },
      data: { incidentNumber: { increment: 1 } },
      select: { incidentNumber: true },
    });
    const now = new Date();
    const incident = await tx.incident.create({
      data: { workspaceId: actor.workspaceId, number, title, summary, severity, commanderId: commander, declaredById: actor.userId, declaredAt: now, createdAt: now },
      select: { id: true, number: true, workspaceId: true },
    });
    await recordIncidentEvent(tx, actor, incident, { kind: "DECLARED", metadata: { severity, commanderId: commander }, occurredAt: now });
    if (tickets.length > 0) {
      await tx.incidentTicket.createMany({
        data: tickets.map((ticket) => ({ workspaceId: actor.workspaceId, incidentId: incident.id, ticketId: ticket.id, linkedById: actor.userId, createdAt: now })),
      });
      for (const ticket of tickets) {
        await recordIncidentEvent(tx, actor, incident, { kind: "TICKET_LINKED", metadata: { ticketNumber: ticket.number }, occurredAt: now });
      }
    }
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "incident.declared",
      targetType: "incident",
      targetId: incident.id,
      metadata: { number, severity, commanderId: commander, ticketNumbers: tickets.map((ticket) => ticket.number) },
      context,
    });
    return { id: incident.id, number: incident.number };
  });
}
