import { AddTaskForm } from "@/components/incidents/tasks/add-task-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getIncidentTimeZone } from "@/lib/incidents/queries";
import { getIncidentReview } from "@/lib/incidents/review/queries";
import { listAssignableAgents } from "@/lib/tickets/assignees";
import { CloseIncidentButton } from "./close-incident-button";
import { ReviewForm } from "./review-form";
import { SkipReviewForm } from "./skip-review-form";

const SECTIONS = [
  ["impact", "Impact"],
  ["rootCause", "Root cause"],
  ["wentWell", "What went well"],
  ["wentBadly", "What went badly"],
] as const;

/**
 * The post-incident review: read it, write or edit it (staff who run incidents), skip it with a
 * reason (managers), add follow-up tasks, and close the resolved incident once it is settled.
 */
export async function IncidentReviewPanel({ incidentNumber }: { incidentNumber: number }) {
  const actor = await requireActor();
  const canManage = can(actor, "incidents.manage");
  const [{ status, version, review }, timeZone, agents] = await Promise.all([
    getIncidentReview(actor, incidentNumber),
    getIncidentTimeZone(actor),
    canManage ? listAssignableAgents(actor) : [],
  ]);
  const isWritten = review !== null && review.skipReason === null;
  const canSkip = canManage && can(actor, "incidents.skip_review") && !isWritten;

  return (
    <section aria-labelledby="incident-review-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 id="incident-review-heading" className="text-base font-semibold">
        Post-incident review
      </h2>
      {review?.skipReason != null && (
        <p className="text-sm">
          <span className="font-medium">Skipped by {review.writtenBy.name}:</span> {review.skipReason}
        </p>
      )}
      {!review && <p className="text-sm text-fg-muted">Not written yet. The incident closes once its review is written{canSkip ? " or skipped" : ""}.</p>}
      {isWritten && (
        <>
          <dl className="space-y-3 text-sm">
            {SECTIONS.map(([key, label]) => (
              <div key={key}>
                <dt className="font-medium">{label}</dt>
                <dd className="break-words whitespace-pre-wrap text-fg-muted">{review[key] || "Nothing written."}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-fg-muted">Last written by {review.writtenBy.name}.</p>
        </>
      )}
      {canManage && status === "RESOLVED" && review && <CloseIncidentButton incidentNumber={incidentNumber} version={version} />}
      {canManage && (
        <ReviewForm
          incidentNumber={incidentNumber}
          version={review?.version}
          initial={isWritten ? { impact: review.impact, rootCause: review.rootCause, wentWell: review.wentWell, wentBadly: review.wentBadly } : undefined}
        />
      )}
      {canSkip && <SkipReviewForm incidentNumber={incidentNumber} />}
      {canManage && <AddTaskForm incidentNumber={incidentNumber} agents={agents} currentUserId={actor.userId} timeZone={timeZone} fromReview />}
    </section>
  );
}
