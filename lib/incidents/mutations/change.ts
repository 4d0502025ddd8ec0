import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
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

/** Staff move an incident along its stages (lib/incidents/workflow.ts); other moves are refused. */
export function changeIncidentStatus(actor: Actor, input: ChangeIncidentStatusInput, context?: RequestContext) {
  return runIncidentChange(actor, input, (_tx, incident, now) => {
    if (incident.status === input.status) return null;
    const refusal = transitionRefusal(incident.status, input.status);
    if (refusal) throw new ValidationError(refusal, { status: [refusal] });
    return {
      data: { status: input.status, ...stageTimestamps(incident, input.status, now) },
      event: { kind: "STATUS_CHANGED", metadata: { from: incident.status, to: input.status }, occurredAt: now },
      auditAction: "incident.status_changed",
    };
  }, context);
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
