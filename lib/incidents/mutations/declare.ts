import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { dbFor, transactionFor } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { isAssignableAgent } from "@/lib/tickets/assignees";
import { assertSameRequest, type RequestIdentity } from "@/lib/tickets/mutations/idempotency";
import { isUniqueViolation } from "@/lib/tickets/mutations/unique-violation";
import { authorizeIncidents } from "../policy";
import type { DeclareIncidentInput } from "../schemas";
import { ROLE_HOLDER_NOT_AVAILABLE_MESSAGE } from "./change";
import { type Transaction, recordIncidentEvent } from "./core";
import { findLinkableTickets } from "./tickets";

export type DeclaredIncident = { id: string; number: number; isNew: boolean };
/** A declaration over the API carries its Idempotency-Key (as a UUID) and its body's hash. */
type DeclareIncidentRequest = DeclareIncidentInput & Partial<RequestIdentity>;

/** The incident the actor first declared under this request key, if it is the same request (else a refusal). */
async function findReplay(actor: Actor, input: DeclareIncidentRequest): Promise<DeclaredIncident | null> {
  if (!input.requestKey) return null;
  const first = await dbFor(actor).incident.findUnique({
    where: { workspaceId_declaredById_requestKey: { workspaceId: actor.workspaceId, declaredById: actor.userId, requestKey: input.requestKey } },
    select: { id: true, number: true, requestHash: true },
  });
  if (!first) return null;
  assertSameRequest(first, { requestKey: input.requestKey, requestHash: input.requestHash });
  return { id: first.id, number: first.number, isNew: false };
}

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
 * entries and the `incident.declared` audit entry commit together or not at all. With a request
 * key it is idempotent, as filing a ticket is: a monitoring system's retry (or a parallel one)
 * gets the incident the first call declared; the same key with another body is refused.
 */
export async function declareIncident(actor: Actor, input: DeclareIncidentRequest, context?: RequestContext): Promise<DeclaredIncident> {
  authorizeIncidents(actor, "manage");
  const replay = await findReplay(actor, input);
  if (replay) return replay;
  try {
    return { ...(await insertIncident(actor, input, context)), isNew: true };
  } catch (error) {
    // A parallel call with the same key committed first; its incident is this request's answer.
    const winner = isUniqueViolation(error) ? await findReplay(actor, input) : null;
    if (winner) return winner;
    throw error;
  }
}

function insertIncident(actor: Actor, input: DeclareIncidentRequest, context?: RequestContext) {
  const { title, summary, severity, commanderId, ticketNumbers, requestKey, requestHash } = input;
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
      data: { workspaceId: actor.workspaceId, number, title, summary, severity, commanderId: commander, declaredById: actor.userId, declaredAt: now, createdAt: now, requestKey, requestHash },
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
