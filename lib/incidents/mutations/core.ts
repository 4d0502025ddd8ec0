import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentEventKind } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import { INCIDENT_NOT_FOUND_MESSAGE, authorizeIncidents, incidentScope } from "../policy";

export type Transaction = Prisma.TransactionClient;

export const INCIDENT_CONFLICT_MESSAGE =
  "Someone changed this incident since you opened it. Here is the current state; apply your change again if it still makes sense.";

export const incidentForChangeSelect = {
  id: true,
  number: true,
  workspaceId: true,
  title: true,
  summary: true,
  status: true,
  severity: true,
  commanderId: true,
  communicationsLeadId: true,
  acknowledgedAt: true,
  mitigatedAt: true,
  resolvedAt: true,
  version: true,
} satisfies Prisma.IncidentSelect;

export type IncidentForChange = Prisma.IncidentGetPayload<{ select: typeof incidentForChangeSelect }>;

/** Loads the incident through the actor's scope for a change: 404 unless staff of its workspace. */
export async function loadIncidentForChange(tx: Transaction, actor: Actor, incidentNumber: number): Promise<IncidentForChange> {
  authorizeIncidents(actor, "manage");
  const incident = await tx.incident.findFirst({
    where: { AND: [incidentScope(actor), { number: incidentNumber }] },
    select: incidentForChangeSelect,
  });
  if (!incident) throw new NotFoundError(INCIDENT_NOT_FOUND_MESSAGE);
  return incident;
}

export type IncidentEventInput = {
  kind: IncidentEventKind;
  metadata?: Prisma.InputJsonObject;
  body?: string | null;
  occurredAt: Date;
};

/** Appends one entry to the incident's timeline, in the change's transaction. */
export async function recordIncidentEvent(tx: Transaction, actor: Actor, incident: { id: string; workspaceId: string }, event: IncidentEventInput) {
  await tx.incidentEvent.create({
    data: {
      workspaceId: incident.workspaceId,
      incidentId: incident.id,
      actorId: actor.userId,
      kind: event.kind,
      metadata: event.metadata ?? {},
      body: event.body ?? null,
      occurredAt: event.occurredAt,
      createdAt: event.occurredAt,
    },
  });
}

/** One change to the incident row: its columns, timeline entry and audit action. */
export type IncidentChange = {
  data: Prisma.IncidentUncheckedUpdateManyInput;
  /** Null for bookkeeping (a retitle): the timeline tells the response, the audit log keeps the rest. */
  event: IncidentEventInput | null;
  auditAction: string;
  /** What the audit entry records beyond the timeline entry's metadata. */
  auditMetadata?: Prisma.InputJsonObject;
};

/**
 * Writes the change if the incident still has the version the actor saw (a ConflictError
 * otherwise, never a lost update), bumps the version, and records the timeline entry and the
 * audit entry in `tx`. Returns the new version.
 */
export async function applyIncidentChange(
  tx: Transaction,
  actor: Actor,
  incident: IncidentForChange,
  expectedVersion: number,
  change: IncidentChange,
  context?: RequestContext,
): Promise<number> {
  const { count } = await tx.incident.updateMany({
    where: { id: incident.id, version: expectedVersion },
    data: { ...change.data, updatedAt: change.event?.occurredAt ?? new Date(), version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(INCIDENT_CONFLICT_MESSAGE);
  if (change.event) await recordIncidentEvent(tx, actor, incident, change.event);
  await recordAudit(tx, {
    workspaceId: incident.workspaceId,
    actorId: actor.userId,
    action: change.auditAction,
    targetType: "incident",
    targetId: incident.id,
    metadata: { number: incident.number, ...change.event?.metadata, ...change.auditMetadata },
    context,
  });
  return expectedVersion + 1;
}
