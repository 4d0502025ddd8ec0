import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { isAssignableAgent } from "@/lib/tickets/assignees";
import type { AddIncidentResponderInput, RemoveIncidentResponderInput } from "../schemas";
import { ROLE_HOLDER_NOT_AVAILABLE_MESSAGE } from "./change";
import { type IncidentEventInput, type IncidentForChange, type Transaction, loadIncidentForChange, recordIncidentEvent } from "./core";

/** The timeline entry and audit entry of a responder change, together. */
async function recordResponderChange(
  tx: Transaction,
  actor: Actor,
  incident: IncidentForChange,
  event: IncidentEventInput & { kind: "RESPONDER_ADDED" | "RESPONDER_REMOVED" },
  context?: RequestContext,
) {
  await recordIncidentEvent(tx, actor, incident, event);
  await recordAudit(tx, {
    workspaceId: incident.workspaceId,
    actorId: actor.userId,
    action: event.kind === "RESPONDER_ADDED" ? "incident.responder_added" : "incident.responder_removed",
    targetType: "incident",
    targetId: incident.id,
    metadata: { number: incident.number, ...event.metadata },
    context,
  });
}

/**
 * Staff add a staff member of the workspace to an incident's responders with a free role label,
 * or give a responder a new label; each is a RESPONDER_ADDED entry (with the previous label on a
 * relabel) and an audit entry. The same label again changes nothing.
 */
export function addIncidentResponder(actor: Actor, input: AddIncidentResponderInput, context?: RequestContext): Promise<{ changed: boolean }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    if (!(await isAssignableAgent(tx, actor, input.userId))) {
      throw new ValidationError(ROLE_HOLDER_NOT_AVAILABLE_MESSAGE, { userId: [ROLE_HOLDER_NOT_AVAILABLE_MESSAGE] });
    }
    const where = { incidentId_userId: { incidentId: incident.id, userId: input.userId } };
    const current = await tx.incidentResponder.findUnique({ where, select: { role: true } });
    if (current?.role === input.role) return { changed: false };
    await tx.incidentResponder.upsert({
      where,
      create: { workspaceId: incident.workspaceId, incidentId: incident.id, userId: input.userId, role: input.role },
      update: { role: input.role },
    });
    const metadata = { userId: input.userId, role: input.role, ...(current ? { previousRole: current.role } : {}) };
    await recordResponderChange(tx, actor, incident, { kind: "RESPONDER_ADDED", metadata, occurredAt: new Date() }, context);
    return { changed: true };
  });
}

/** Staff take someone off an incident's responders, with a RESPONDER_REMOVED and an audit entry; one not on it stays off. */
export function removeIncidentResponder(actor: Actor, input: RemoveIncidentResponderInput, context?: RequestContext): Promise<{ changed: boolean }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const current = await tx.incidentResponder.findUnique({
      where: { incidentId_userId: { incidentId: incident.id, userId: input.userId } },
      select: { id: true, role: true },
    });
    // deleteMany: a removal that raced this one leaves nothing to delete, and that is no error.
    const removed = current ? await tx.incidentResponder.deleteMany({ where: { id: current.id } }) : { count: 0 };
    if (!current || removed.count === 0) return { changed: false };
    const metadata = { userId: input.userId, role: current.role };
    await recordResponderChange(tx, actor, incident, { kind: "RESPONDER_REMOVED", metadata, occurredAt: new Date() }, context);
    return { changed: true };
  });
}
