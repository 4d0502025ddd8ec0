import type { SlaState } from "./state";
import { MINUTE_MS } from "./time-zone";

export type SlaTone = "ok" | "at_risk" | "breached" | "paused" | "met";

export type DueDescription = { text: string; tone: SlaTone };

/**
 * A short span for badges: "35 min", "2 h 10 min", "3 d 4 h". Rounds down, so the time shown
 * as left is never more than the time actually left.
 */
export function formatDuration(ms: number): string {
  const totalMinutes = Math.floor(Math.max(ms, 0) / MINUTE_MS);
  if (totalMinutes < 1) return "under a minute";
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const totalHours = Math.floor(totalMinutes / 60);
  if (totalHours < 48) {
    const minutes = totalMinutes % 60;
    return minutes === 0 ? `${totalHours} h` : `${totalHours} h ${minutes} min`;
  }
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/**
 * The resolution clock in a few words, with the tone for its badge. "Due in" and "overdue by"
 * are wall-clock spans to or from the deadline, as a reader expects; business minutes left
 * (which decide "at risk") would read as too short across a night or a weekend.
 */
export function describeDue(state: SlaState, now: Date): DueDescription {
  const { resolution } = state;
  if (resolution.resolvedAt !== null) {
    if (!resolution.breached || resolution.dueAt === null) return { text: "met", tone: "met" };
    const lateBy = resolution.resolvedAt.getTime() - resolution.dueAt.getTime();
    return { text: `missed by ${formatDuration(lateBy)}`, tone: "breached" };
  }
  if (resolution.isPaused || resolution.dueAt === null) {
    return resolution.breached ? { text: "overdue, paused", tone: "breached" } : { text: "paused", tone: "paused" };
  }
  const untilDue = resolution.dueAt.getTime() - now.getTime();
  if (resolution.breached) return { text: `overdue by ${formatDuration(-untilDue)}`, tone: "breached" };
  return { text: `due in ${formatDuration(untilDue)}`, tone: resolution.atRisk ? "at_risk" : "ok" };
}
