import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import { isAssignableAgent } from "@/lib/tickets/assignees";
import type { AssignIncidentRoleInput, ChangeIncidentSeverityInput, ChangeIncidentStatusInput } from "../schemas";
import { stageTimestamps, transitionRefusal } from "../workflow";
import {
  INCIDENT_CONFLICT_MESSAGE,
  type IncidentChange,
  type IncidentForChange,
  type Transaction,
  applyIncidentChange,
  loadIncidentForChange,
} from "./core";

export type IncidentChangeResult = { changed: boolean; version: number };
type Build = (tx: Transaction, incident: IncidentForChange, now: Date) => Promise<IncidentChange | null> | IncidentChange | null;

export const ROLE_HOLDER_NOT_AVAILABLE_MESSAGE = "Choose a staff member of this workspace.";

/**
 * The frame of every change to an incident: in one transaction, load it through the actor's
 * scope (404 for clients and other workspaces), refuse a stale version, build the change (null:
 * it already is so, nothing is written) and apply it with its timeline and audit entries.
 */
function runIncidentChange(
  actor: Actor,
  input: { incidentNumber: number; version: number },
  build: Build,
  context?: RequestContext,
): Promise<IncidentChangeResult> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    if (incident.version !== input.version) throw new ConflictError(INCIDENT_CONFLICT_MESSAGE);
    const change = await build(tx, incident, new Date());
    if (!change) return { changed: false, version: incident.version };
    return { changed: true, version: await applyIncidentChange(tx, actor, incident, input.version, change, context) };
  });
}

/**
 * The move of `incident` to `status` along its stages (lib/incidents/workflow.ts), for any change
 * that moves it (the status control, a status update): null when it already is there, a
 * ValidationError for a move the workflow refuses. Closing asks for the review, read in `tx`.
 */
export async function statusChangeFor(tx: Transaction, incident: IncidentForChange, status: IncidentStatus, now: Date): Promise<IncidentChange | null> {
  if (incident.status === status) return null;
  const hasReview = status === "CLOSED" && (await tx.incidentReview.count({ where: { incidentId: incident.id } })) > 0;
  const refusal = transitionRefusal(incident.status, status, hasReview);
  if (refusal) throw new ValidationError(refusal, { status: [refusal] });
  return {
    data: { status, ...stageTimestamps(incident, status, now) },
    event: { kind: "STATUS_CHANGED", metadata: { from: incident.status, to: status }, occurredAt: now },
    auditAction: "incident.status_changed",
  };
}

/** Staff move an incident along its stages; other moves are refused, closing until the review is written or skipped. */
export function changeIncidentStatus(actor: Actor, input: ChangeIncidentStatusInput, context?: RequestContext) {
  return runIncidentChange(actor, input, (tx, incident, now) => statusChangeFor(tx, incident, input.status, now), context);
}

/** Staff raise or lower an incident's severity. */
export function changeIncidentSeverity(actor: Actor, input: ChangeIncidentSeverityInput, context?: RequestContext) {
  return runIncidentChange(actor, input, (_tx, incident, now) => {
    if (incident.severity === input.severity) return null;
    return {
      data: { severity: input.severity },
      event: { kind: "SEVERITY_CHANGED", metadata: { from: incident.severity, to: input.severity }, occurredAt: now },
      auditAction: "incident.severity_changed",
    };
  }, context);
}

const ROLE_COLUMNS = { commander: "commanderId", communications_lead: "communicationsLeadId" } as const;

/**
 * Staff hand the commander or communications lead role to a staff member of the workspace (a
 * person, not a disabled account or an integration), or take the communications lead from
 * whoever holds it. A handover is a timeline entry.
 */
export function assignIncidentRole(actor: Actor, input: AssignIncidentRoleInput, context?: RequestContext) {
  return runIncidentChange(actor, input, async (tx, incident, now) => {
    const column = ROLE_COLUMNS[input.role];
    const from = incident[column];
    if (from === input.userId) return null;
    if (input.userId && !(await isAssignableAgent(tx, actor, input.userId))) {
      throw new ValidationError(ROLE_HOLDER_NOT_AVAILABLE_MESSAGE, { userId: [ROLE_HOLDER_NOT_AVAILABLE_MESSAGE] });
    }
    return {
      data: { [column]: input.userId },
      event: { kind: "ROLE_ASSIGNED", metadata: { role: input.role, from, to: input.userId }, occurredAt: now },
      auditAction: "incident.role_assigned",
    };
  }, context);
}
