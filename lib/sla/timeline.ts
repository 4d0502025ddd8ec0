import type { TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import type { TimeRange } from "./business-ranges";

/** One recorded change on a ticket, as the SLA engine needs it. */
export type SlaEvent =
  | { at: Date; type: "status"; to: TicketStatus }
  | { at: Date; type: "priority"; to: TicketPriority }
  | { at: Date; type: "first_response" };

export type SlaTimelineInput = {
  createdAt: Date;
  /** The priority the ticket was created with. */
  priority: TicketPriority;
  /** The status the ticket was created with; NEW when omitted. */
  status?: TicketStatus;
  /** In time order; events after `now` are ignored, so the state is "as of now". */
  events: readonly SlaEvent[];
  now: Date;
};

/** What replaying the events yields, all instants in epoch milliseconds. */
export type ReplayedTimeline = {
  status: TicketStatus;
  /** Spans in which the resolution clock ran, the last one ending at `now` if it still runs. */
  runningSegments: TimeRange[];
  /** The priority whose target governs the resolution clock (see replayTimeline). */
  clockPriority: TicketPriority;
  /** When the ticket last entered RESOLVED or CLOSED, while it is still in one of them. */
  resolvedAt: number | null;
  firstResponseAt: number | null;
  priorityAtFirstResponse: TicketPriority | null;
};

const RUNNING: ReadonlySet<TicketStatus> = new Set(["NEW", "OPEN", "IN_PROGRESS"]);
const STOPPED: ReadonlySet<TicketStatus> = new Set(["RESOLVED", "CLOSED"]);

export function isClockRunning(status: TicketStatus): boolean {
  return RUNNING.has(status);
}

export function isClockStopped(status: TicketStatus): boolean {
  return STOPPED.has(status);
}

/**
 * Replays a ticket's events into the spans its resolution clock ran. A priority change while the
 * ticket is resolved or closed does not rewrite the settled outcome; it takes effect if the
 * ticket is reopened. Throws a RangeError for events out of order or before creation.
 */
export function replayTimeline(input: SlaTimelineInput): ReplayedTimeline {
  const created = input.createdAt.getTime();
  const now = input.now.getTime();
  if (now < created) throw new RangeError("SLA state cannot be computed for a moment before the ticket existed.");
  let status = input.status ?? "NEW";
  let priority = input.priority;
  const timeline: ReplayedTimeline = {
    status,
    runningSegments: [],
    clockPriority: priority,
    resolvedAt: isClockStopped(status) ? created : null,
    firstResponseAt: null,
    priorityAtFirstResponse: null,
  };
  let runningSince = isClockRunning(status) ? created : null;
  let previous = created;
  for (const event of input.events) {
    const at = event.at.getTime();
    if (at < previous) throw new RangeError("SLA events must be in time order and not before the ticket was created.");
    if (at > now) break;
    previous = at;
    if (event.type === "first_response") {
      if (timeline.firstResponseAt === null) {
        timeline.firstResponseAt = at;
        timeline.priorityAtFirstResponse = priority;
      }
    } else if (event.type === "priority") {
      priority = event.to;
      if (!isClockStopped(status)) timeline.clockPriority = priority;
    } else {
      if (runningSince !== null && !isClockRunning(event.to)) {
        timeline.runningSegments.push({ start: runningSince, end: at });
        runningSince = null;
      } else if (runningSince === null && isClockRunning(event.to)) {
        runningSince = at;
      }
      if (!isClockStopped(event.to)) {
        timeline.resolvedAt = null;
        timeline.clockPriority = priority;
      } else if (!isClockStopped(status)) {
        timeline.resolvedAt = at;
      }
      status = event.to;
    }
  }
  if (runningSince !== null) timeline.runningSegments.push({ start: runningSince, end: now });
  timeline.status = status;
  return timeline;
}
