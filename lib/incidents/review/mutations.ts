import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { type IncidentForChange, type Transaction, loadIncidentForChange, recordIncidentEvent } from "../mutations/core";
import type { SkipIncidentReviewInput, WriteIncidentReviewInput } from "./schemas";

export const REVIEW_CONFLICT_MESSAGE = "Someone changed this review since you opened it. Here is the current text; apply your change again if it still makes sense.";
export const REVIEW_ALREADY_WRITTEN_MESSAGE = "This incident's review is written: there is nothing to skip.";
const SKIP_FORBIDDEN_MESSAGE = "Only managers and administrators can skip an incident's review.";

type AuditedReview = { action: string; metadata: Record<string, string | number | boolean | null> };

function auditReview(tx: Transaction, actor: Actor, incident: IncidentForChange, { action, metadata }: AuditedReview, context?: RequestContext) {
  return recordAudit(tx, {
    workspaceId: incident.workspaceId,
    actorId: actor.userId,
    action,
    targetType: "incident",
    targetId: incident.id,
    metadata: { number: incident.number, ...metadata },
    context,
  });
}

/**
 * Staff write the incident's review, or update it from the version they opened (a ConflictError
 * if it moved on, or if someone wrote a first one meanwhile). Writing a skipped review un-skips
 * it. REVIEW_WRITTEN goes on the timeline when the review becomes written, not on every edit;
 * every save has its audit entry. Returns the review's version.
 */
export function writeIncidentReview(actor: Actor, input: WriteIncidentReviewInput, context?: RequestContext): Promise<{ version: number }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const current = await tx.incidentReview.findUnique({ where: { incidentId: incident.id }, select: { version: true, skipReason: true } });
    if ((current?.version ?? undefined) !== input.version) throw new ConflictError(REVIEW_CONFLICT_MESSAGE);
    const now = new Date();
    const sections = { impact: input.impact, rootCause: input.rootCause, wentWell: input.wentWell, wentBadly: input.wentBadly };
    let version = 1;
    if (current) {
      const { count } = await tx.incidentReview.updateMany({
        where: { incidentId: incident.id, version: current.version },
        data: { ...sections, skipReason: null, writtenById: actor.userId, updatedAt: now, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError(REVIEW_CONFLICT_MESSAGE);
      version = current.version + 1;
    } else {
      await tx.incidentReview.create({ data: { incidentId: incident.id, workspaceId: incident.workspaceId, ...sections, writtenById: actor.userId, createdAt: now, updatedAt: now } });
    }
    const becameWritten = !current || current.skipReason !== null;
    if (becameWritten) await recordIncidentEvent(tx, actor, incident, { kind: "REVIEW_WRITTEN", occurredAt: now });
    await auditReview(tx, actor, incident, { action: becameWritten ? "incident.review_written" : "incident.review_updated", metadata: { version } }, context);
    return { version };
  });
}

/**
 * A manager or administrator decides the incident needs no review (a false alarm, a duplicate),
 * which lets it close; the reason is on the timeline (REVIEW_SKIPPED) and in the audit log.
 * A review already written is not thrown away by a skip: that is refused.
 */
export function skipIncidentReview(actor: Actor, input: SkipIncidentReviewInput, context?: RequestContext): Promise<{ version: number }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    if (!can(actor, "incidents.skip_review")) throw new ForbiddenError(SKIP_FORBIDDEN_MESSAGE);
    const current = await tx.incidentReview.findUnique({ where: { incidentId: incident.id }, select: { version: true, skipReason: true } });
    if (current && current.skipReason === null) throw new ValidationError(REVIEW_ALREADY_WRITTEN_MESSAGE, { reason: [REVIEW_ALREADY_WRITTEN_MESSAGE] });
    const now = new Date();
    const review = await tx.incidentReview.upsert({
      where: { incidentId: incident.id },
      create: { incidentId: incident.id, workspaceId: incident.workspaceId, skipReason: input.reason, writtenById: actor.userId, createdAt: now, updatedAt: now },
      update: { skipReason: input.reason, writtenById: actor.userId, updatedAt: now, version: { increment: 1 } },
      select: { version: true },
    });
    await recordIncidentEvent(tx, actor, incident, { kind: "REVIEW_SKIPPED", body: input.reason, occurredAt: now });
    await auditReview(tx, actor, incident, { action: "incident.review_skipped", metadata: { reason: input.reason } }, context);
    return review;
  });
}
