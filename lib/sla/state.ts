import { addBusinessMs, businessMsBetween } from "./calendar";
import type { BusinessCalendar, SlaTargets } from "./schemas";
import { MINUTE_MS } from "./time-zone";
import { isClockRunning, replayTimeline, type ReplayedTimeline, type SlaTimelineInput } from "./timeline";

export type { SlaEvent, SlaTimelineInput } from "./timeline";

/** A running clock is at risk when less than this share of its target is left… */
export const AT_RISK_FRACTION = 0.25;
/** …or when less than this many business minutes are left, whichever comes first. */
export const AT_RISK_MINUTES = 60;

export type SlaInput = SlaTimelineInput & {
  targets: SlaTargets;
  /** The workspace's business calendar; null runs the clocks 24/7. */
  calendar: BusinessCalendar | null;
};

export type FirstResponseSla = {
  dueAt: Date;
  achievedAt: Date | null;
  breached: boolean;
};

export type ResolutionSla = {
  /** When the target is (or was) reached; null while paused, because a paused clock has no deadline. */
  dueAt: Date | null;
  isPaused: boolean;
  resolvedAt: Date | null;
  breached: boolean;
  /** Whole business minutes left, negative when overdue; frozen while paused, null once resolved. */
  remainingMinutes: number | null;
  atRisk: boolean;
};

export type SlaState = { firstResponse: FirstResponseSla; resolution: ResolutionSla };

/**
 * The SLA state of a ticket as of `input.now`, derived only from its recorded events, so any
 * change (priority, reopen, pause) is accounted for by calling this again. Pure: no clock, no I/O.
 */
export function computeSlaState(input: SlaInput): SlaState {
  const timeline = replayTimeline(input);
  return {
    firstResponse: computeFirstResponse(input, timeline),
    resolution: computeResolution(input, timeline),
  };
}

/**
 * The first-response clock runs from creation and does not pause: a first reply is owed before
 * anyone can sensibly wait on the customer. It is judged at the reply, or at resolution when the
 * ticket was closed without one, so a closed ticket does not slide into breach later.
 */
function computeFirstResponse(input: SlaInput, timeline: ReplayedTimeline): FirstResponseSla {
  const priority = timeline.priorityAtFirstResponse ?? timeline.clockPriority;
  const targetMs = input.targets[priority].firstResponseMinutes * MINUTE_MS;
  const dueAt = addBusinessMs(input.createdAt.getTime(), targetMs, input.calendar);
  const judgedAt = timeline.firstResponseAt ?? timeline.resolvedAt ?? input.now.getTime();
  return {
    dueAt: new Date(dueAt),
    achievedAt: timeline.firstResponseAt === null ? null : new Date(timeline.firstResponseAt),
    breached: judgedAt > dueAt,
  };
}

/**
 * Where the resolution clock reaches its target. Elapsed time is counted under the current
 * target, so a priority change moves the deadline to "when the elapsed time reaches the new
 * target", which is already past after an upgrade beyond the time spent. Beyond the recorded
 * segments the deadline is projected from where the clock last stood.
 */
function locateDeadline(timeline: ReplayedTimeline, targetMs: number, calendar: BusinessCalendar | null, lastTick: number) {
  let elapsedMs = 0;
  let dueAt: number | null = null;
  for (const segment of timeline.runningSegments) {
    const lengthMs = businessMsBetween(segment.start, segment.end, calendar);
    if (dueAt === null && elapsedMs + lengthMs >= targetMs) {
      dueAt = addBusinessMs(segment.start, targetMs - elapsedMs, calendar);
    }
    elapsedMs += lengthMs;
  }
  return { elapsedMs, dueAt: dueAt ?? addBusinessMs(lastTick, targetMs - elapsedMs, calendar) };
}

function computeResolution(input: SlaInput, timeline: ReplayedTimeline): ResolutionSla {
  const now = input.now.getTime();
  const targetMs = input.targets[timeline.clockPriority].resolutionMinutes * MINUTE_MS;
  const isRunning = isClockRunning(timeline.status);
  const lastSegment = timeline.runningSegments[timeline.runningSegments.length - 1];
  // The moment the clock last stood: now while it runs, otherwise where it stopped or paused.
  const lastTick = isRunning ? now : (timeline.resolvedAt ?? lastSegment?.end ?? input.createdAt.getTime());
  const { elapsedMs, dueAt } = locateDeadline(timeline, targetMs, input.calendar, lastTick);
  const remainingMs = targetMs - elapsedMs;
  const breached = lastTick > dueAt;
  const isPaused = timeline.status === "WAITING_ON_CUSTOMER";
  return {
    dueAt: isPaused ? null : new Date(dueAt),
    isPaused,
    resolvedAt: timeline.resolvedAt === null ? null : new Date(timeline.resolvedAt),
    breached,
    remainingMinutes: timeline.resolvedAt === null ? Math.floor(remainingMs / MINUTE_MS) : null,
    atRisk: isRunning && !breached && isAtRisk(remainingMs, targetMs),
  };
}

function isAtRisk(remainingMs: number, targetMs: number): boolean {
  return remainingMs < targetMs * AT_RISK_FRACTION || remainingMs < AT_RISK_MINUTES * MINUTE_MS;
}
