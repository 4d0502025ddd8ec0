import type { TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import type { Random } from "./random";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Tickets are spread over the twelve months before the seed runs. */
export const SPAN_MS = 365 * DAY_MS;

/** Resolution SLA per priority; due_at = created_at + this. */
export const RESOLUTION_SLA_HOURS: Readonly<Record<TicketPriority, number>> = {
  URGENT: 4,
  HIGH: 8,
  MEDIUM: 24,
  LOW: 72,
};
// Medians of the log-normal delays: higher priority is answered and fixed faster. With
// sigma 1.1 about three in four tickets meet their SLA, so dashboards show some breaches.
const FIRST_RESPONSE_MEDIAN_HOURS: Readonly<Record<TicketPriority, number>> = {
  URGENT: 0.25,
  HIGH: 1,
  MEDIUM: 3,
  LOW: 8,
};
const WORK_MEDIAN_HOURS: Readonly<Record<TicketPriority, number>> = {
  URGENT: 1.5,
  HIGH: 3,
  MEDIUM: 9,
  LOW: 24,
};

/** Share of tickets by hour of the week: office hours busy, nights and weekends quiet. */
function hourWeight(start: number, growth: number): number {
  const date = new Date(start);
  const hour = date.getUTCHours();
  const day = date.getUTCDay();
  const daily = hour >= 8 && hour < 18 ? 1 : hour >= 6 && hour < 21 ? 0.3 : 0.04;
  // The demo customer base grows over the year: the last month is busier than the first.
  return daily * (day === 0 || day === 6 ? 0.15 : 1) * (0.75 + 0.5 * growth);
}

export type CreationCurve = {
  /** The creation time at a quantile in [0, 1): increasing, so ticket numbers follow time. */
  at(quantile: number): number;
};

export function createCreationCurve(now: number): CreationCurve {
  const start = now - SPAN_MS;
  const hours = SPAN_MS / HOUR_MS;
  const cumulative = new Float64Array(hours + 1);
  for (let h = 0; h < hours; h++) {
    cumulative[h + 1] = cumulative[h]! + hourWeight(start + h * HOUR_MS, h / hours);
  }
  const total = cumulative[hours]!;
  return {
    at(quantile) {
      const target = quantile * total;
      let low = 0;
      let high = hours - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (cumulative[mid]! <= target) low = mid;
        else high = mid - 1;
      }
      const fraction = (target - cumulative[low]!) / (cumulative[low + 1]! - cumulative[low]!);
      return Math.min(now, Math.round(start + (low + fraction) * HOUR_MS));
    },
  };
}

export type Lifecycle = {
  status: TicketStatus;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  /** Null while the ticket waits on its customer: the app pauses the clock and clears it. */
  dueAt: number | null;
};

const OPEN_STATUSES: readonly TicketStatus[] = ["OPEN", "IN_PROGRESS", "WAITING_ON_CUSTOMER"];

/**
 * What has happened to a ticket by `now`. Delays are drawn first, and whatever lies in the
 * future has not happened yet: that alone makes old tickets resolved and recent ones open. A
 * backlog that fades with age (and 2% stuck tickets) keeps the demo queues from being empty.
 */
export function planLifecycle(
  random: Random,
  priority: TicketPriority,
  createdAt: number,
  now: number,
): Lifecycle {
  const dueAt = createdAt + RESOLUTION_SLA_HOURS[priority] * HOUR_MS;
  const ageDays = (now - createdAt) / DAY_MS;
  const isStalled = random.chance(0.6 * Math.exp(-ageDays / 14) + 0.02);
  const responseDelay = random.logNormal(FIRST_RESPONSE_MEDIAN_HOURS[priority], 0.9) * HOUR_MS;
  const firstResponseAt = Math.round(createdAt + responseDelay);
  // Only a recent ticket may still wait for its first answer; older stuck ones were answered.
  const neverAnswered = isStalled && ageDays < 21 && priority !== "URGENT" && random.chance(0.3);
  if (firstResponseAt > now || neverAnswered) {
    return { status: "NEW", firstResponseAt: null, resolvedAt: null, closedAt: null, dueAt };
  }
  const resolvedAt = Math.round(
    firstResponseAt + random.logNormal(WORK_MEDIAN_HOURS[priority], 1.1) * HOUR_MS,
  );
  if (isStalled || resolvedAt > now) {
    const status = random.weighted(OPEN_STATUSES, [25, 45, 30]);
    return { status, firstResponseAt, resolvedAt: null, closedAt: null, dueAt: status === "WAITING_ON_CUSTOMER" ? null : dueAt };
  }
  // Nearly every resolved ticket is closed a few days later (confirmation or auto-close).
  const closedAt = random.chance(0.95)
    ? Math.round(resolvedAt + random.logNormal(3, 0.4) * DAY_MS)
    : Number.POSITIVE_INFINITY;
  if (closedAt > now) return { status: "RESOLVED", firstResponseAt, resolvedAt, closedAt: null, dueAt };
  return { status: "CLOSED", firstResponseAt, resolvedAt, closedAt, dueAt };
}
