import { MAX_CALENDAR_SPAN_DAYS, businessRanges, spanTooLongError } from "./business-ranges";
import type { BusinessCalendar } from "./schemas";
import { DAY_MS, MINUTE_MS } from "./time-zone";

export { MAX_CALENDAR_SPAN_DAYS };

/**
 * The instant at which `ms` milliseconds of business time have passed after `start`: the earliest
 * such instant, so it falls inside opening hours (or on their closing edge), never in a gap.
 * A null calendar means 24/7. Throws a RangeError for a negative amount or when the answer lies
 * more than MAX_CALENDAR_SPAN_DAYS away.
 */
export function addBusinessMs(start: number, ms: number, calendar: BusinessCalendar | null): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError("Business time to add must be zero or more.");
  if (calendar === null || ms === 0) return start + ms;
  let remaining = ms;
  for (const range of businessRanges(calendar, start, start + MAX_CALENDAR_SPAN_DAYS * DAY_MS)) {
    const length = range.end - range.start;
    if (remaining <= length) return range.start + remaining;
    remaining -= length;
  }
  throw spanTooLongError();
}

/** Business milliseconds in [from, to); negative when `to` is before `from`. */
export function businessMsBetween(from: number, to: number, calendar: BusinessCalendar | null): number {
  if (to < from) return -businessMsBetween(to, from, calendar);
  if (calendar === null) return to - from;
  if (to - from > MAX_CALENDAR_SPAN_DAYS * DAY_MS) throw spanTooLongError();
  let total = 0;
  for (const range of businessRanges(calendar, from, to)) total += range.end - range.start;
  return total;
}

/** `start` plus `minutes` of business time; see addBusinessMs. */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar | null): Date {
  return new Date(addBusinessMs(start.getTime(), Math.round(minutes * MINUTE_MS), calendar));
}

/** Business minutes from `from` to `to`, fractional when the instants carry seconds. */
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessCalendar | null): number {
  return businessMsBetween(from.getTime(), to.getTime(), calendar) / MINUTE_MS;
}
