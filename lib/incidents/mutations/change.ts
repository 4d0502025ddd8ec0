import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import { isAssignableAgent } from "@/lib/tickets/assignees";
import type {
  AssignIncidentRoleInput,
  ChangeIncidentSeverityInput,
  ChangeIncidentStatusInput,
  EditIncidentInput,
  IncidentFieldsInput,
  IncidentRole,
} from "../schemas";
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
 * scope (404 for clients and other workspaces), refuse a stale version, build each change (null:
 * it already is so, nothing is written) and apply them in turn, each with its timeline and audit
 * entries and its own version step. One refused change writes none of them.
 */
function runIncidentChange(
  actor: Actor,
  input: { incidentNumber: number; version: number },
  builds: Build[],
  context?: RequestContext,
): Promise<IncidentChangeResult> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    if (incident.version !== input.version) throw new ConflictError(INCIDENT_CONFLICT_MESSAGE);
    const now = new Date();
    const changes: IncidentChange[] = [];
    for (const build of builds) {
      const change = await build(tx, incident, now);
      if (change) changes.push(change);
    }
    let version = incident.version;
    for (const change of changes) version = await applyIncidentChange(tx, actor, incident, version, change, context);
    return { changed: changes.length > 0, version };
  });
}

/**
 * The move of `incident` to `status` along its stages (lib/incidents/workflow.ts), for any change
 * that moves it (the status control, a status update, the API): null when it already is there, a
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

const statusChange =
  (status: IncidentStatus): Build =>
  (tx, incident, now) =>
    statusChangeFor(tx, incident, status, now);

const severityChange =
  (severity: IncidentSeverity): Build =>
  (_tx, incident, now) => {
    if (incident.severity === severity) return null;
    return {
      data: { severity },
      event: { kind: "SEVERITY_CHANGED", metadata: { from: incident.severity, to: severity }, occurredAt: now },
      auditAction: "incident.severity_changed",
    };
  };

const ROLE_COLUMNS = { commander: "commanderId", communications_lead: "communicationsLeadId" } as const;

/** A role handed to a staff member of the workspace (a person, not a disabled account or an integration), or taken back (null). */
const roleChange =
  (actor: Actor, role: IncidentRole, userId: string | null, field = "userId"): Build =>
  async (tx, incident, now) => {
    const column = ROLE_COLUMNS[role];
    const from = incident[column];
    if (from === userId) return null;
    if (userId && !(await isAssignableAgent(tx, actor, userId))) {
      throw new ValidationError(ROLE_HOLDER_NOT_AVAILABLE_MESSAGE, { [field]: [ROLE_HOLDER_NOT_AVAILABLE_MESSAGE] });
    }
    return {
      data: { [column]: userId },
      event: { kind: "ROLE_ASSIGNED", metadata: { role, from, to: userId }, occurredAt: now },
      auditAction: "incident.role_assigned",
    };
  };

/** A new title or summary: audited (the title's old and new text), not on the timeline. */
const textChange =
  ({ title, summary }: Pick<EditIncidentInput, "title" | "summary">): Build =>
  (_tx, incident) => {
    const isRetitled = title !== undefined && title !== incident.title;
    const isSummaryRewritten = summary !== undefined && summary !== incident.summary;
    if (!isRetitled && !isSummaryRewritten) return null;
    return {
      data: { ...(isRetitled && { title }), ...(isSummaryRewritten && { summary }) },
      event: null,
      auditAction: "incident.edited",
      auditMetadata: { ...(isRetitled && { title: { from: incident.title, to: title } }), isSummaryRewritten },
    };
  };

/** Staff move an incident along its stages; other moves are refused, closing until the review is written or skipped. */
export function changeIncidentStatus(actor: Actor, input: ChangeIncidentStatusInput, context?: RequestContext) {
  return runIncidentChange(actor, input, [statusChange(input.status)], context);
}

/** Staff raise or lower an incident's severity. */
export function changeIncidentSeverity(actor: Actor, input: ChangeIncidentSeverityInput, context?: RequestContext) {
  return runIncidentChange(actor, input, [severityChange(input.severity)], context);
}

/**
 * Staff hand the commander or communications lead role to a staff member of the workspace, or
 * take the communications lead from whoever holds it. A handover is a timeline entry.
 */
export function assignIncidentRole(actor: Actor, input: AssignIncidentRoleInput, context?: RequestContext) {
  return runIncidentChange(actor, input, [roleChange(actor, input.role, input.userId)], context);
}

/** Staff retitle an incident or rewrite its summary, on the version they saw. */
export function editIncident(actor: Actor, input: EditIncidentInput, context?: RequestContext) {
  return runIncidentChange(actor, input, [textChange(input)], context);
}

/**
 * Staff change several fields of an incident at once (the API's PATCH): each one as its own
 * mutation would, in one transaction, so either all of them happen or none does.
 */
export function changeIncidentFields(actor: Actor, input: IncidentFieldsInput, context?: RequestContext) {
  const builds: Build[] = [];
  if (input.status !== undefined) builds.push(statusChange(input.status));
  if (input.severity !== undefined) builds.push(severityChange(input.severity));
  if (input.commanderId !== undefined) builds.push(roleChange(actor, "commander", input.commanderId, "commanderId"));
  if (input.communicationsLeadId !== undefined) builds.push(roleChange(actor, "communications_lead", input.communicationsLeadId, "communicationsLeadId"));
  if (input.title !== undefined || input.summary !== undefined) builds.push(textChange(input));
  return runIncidentChange(actor, input, builds, context);
}
