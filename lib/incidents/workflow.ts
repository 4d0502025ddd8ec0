import { IncidentStatus } from "@/lib/generated/prisma/enums";

/** The response's stages in order; CLOSED comes only after the review. */
const STAGES: readonly IncidentStatus[] = [
  IncidentStatus.INVESTIGATING,
  IncidentStatus.IDENTIFIED,
  IncidentStatus.MONITORING,
  IncidentStatus.RESOLVED,
];

export const CLOSE_UNRESOLVED_MESSAGE = "Resolve the incident before you close it.";
export const CLOSE_REFUSED_MESSAGE = "An incident is closed once its review is written (or skipped by a manager). Write the review first.";

/**
 * Why `from` may not move to another status `to`, or null when it may. Forward along the stages, skipping
 * allowed (a false alarm goes straight to RESOLVED); back to INVESTIGATING from any later stage
 * (it came back, or the fix did not hold); nothing else. CLOSED comes only after RESOLVED, once
 * the review is written or skipped (`hasReview`).
 */
export function transitionRefusal(from: IncidentStatus, to: IncidentStatus, hasReview = false): string | null {
  if (from === IncidentStatus.CLOSED) return "This incident is closed. Declare a new one if the problem is back.";
  if (to === IncidentStatus.CLOSED) {
    if (from !== IncidentStatus.RESOLVED) return CLOSE_UNRESOLVED_MESSAGE;
    return hasReview ? null : CLOSE_REFUSED_MESSAGE;
  }
  if (to === IncidentStatus.INVESTIGATING) return null;
  if (STAGES.indexOf(to) < STAGES.indexOf(from)) return "An incident goes back only to investigating.";
  return null;
}

type StageTimes = { acknowledgedAt: Date | null; mitigatedAt: Date | null; resolvedAt: Date | null };

/**
 * The timestamps a move to `to` sets: each stage reached for the first time (skipped ones
 * included) gets `now`; acknowledged and mitigated keep their first time. A return to
 * INVESTIGATING clears resolvedAt, so it always tells when the incident was last resolved.
 * Closing stamps closedAt (only a resolved incident closes, so the others are set already).
 */
export function stageTimestamps(current: StageTimes, to: IncidentStatus, now: Date): Partial<StageTimes & { closedAt: Date }> {
  if (to === IncidentStatus.CLOSED) return { closedAt: now };
  if (to === IncidentStatus.INVESTIGATING) return current.resolvedAt ? { resolvedAt: null } : {};
  const reached = STAGES.indexOf(to);
  const changes: Partial<StageTimes> = {};
  if (reached >= 1 && !current.acknowledgedAt) changes.acknowledgedAt = now;
  if (reached >= 2 && !current.mitigatedAt) changes.mitigatedAt = now;
  if (reached >= 3 && !current.resolvedAt) changes.resolvedAt = now;
  return changes;
}
