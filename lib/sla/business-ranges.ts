import { parseClockTime, type BusinessCalendar } from "./schemas";
import { DAY_MS, MINUTE_MS, dayNumberOf, offsetAt, splitByOffset, weekdayOf, type OffsetPiece } from "./time-zone";

/** Ten years: spans beyond this mean a broken calendar or input, not a real ticket. */
export const MAX_CALENDAR_SPAN_DAYS = 3660;

/** A half-open span of instants [start, end) in epoch milliseconds. */
export type TimeRange = { start: number; end: number };

type CompiledCalendar = {
  timeZone: string;
  // Per weekday, sorted [startMs, endMs) offsets from local midnight.
  weeklyHours: TimeRange[][];
  holidays: Set<number>;
};

// Calendars come from workspace settings and are reused for every ticket in a list.
const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

function compile(calendar: BusinessCalendar): CompiledCalendar {
  const cached = compiled.get(calendar);
  if (cached) return cached;
  const result: CompiledCalendar = {
    timeZone: calendar.timeZone,
    weeklyHours: calendar.weeklyHours.map((day) =>
      day
        .map((interval) => ({
          start: parseClockTime(interval.start) * MINUTE_MS,
          end: parseClockTime(interval.end) * MINUTE_MS,
        }))
        .sort((a, b) => a.start - b.start),
    ),
    holidays: new Set(calendar.holidays.map(dayNumberOf)),
  };
  compiled.set(calendar, result);
  return result;
}

function hoursOn(calendar: CompiledCalendar, dayNumber: number): TimeRange[] {
  if (calendar.holidays.has(dayNumber)) return [];
  return calendar.weeklyHours[weekdayOf(dayNumber)] ?? [];
}

// Offsets lie within -12 h … +14 h, so a UTC day can only show these local dates.
function mayHaveHours(calendar: CompiledCalendar, windowStart: number): boolean {
  const firstDay = Math.floor((windowStart - 12 * 60 * MINUTE_MS) / DAY_MS);
  const lastDay = Math.floor((windowStart + DAY_MS + 14 * 60 * MINUTE_MS) / DAY_MS);
  for (let day = firstDay; day <= lastDay; day += 1) {
    if (hoursOn(calendar, day).length > 0) return true;
  }
  return false;
}

/**
 * Business instants inside one constant-offset piece, in time order: the wall clock is linear
 * there, so each local interval maps to one range. Mapping wall → instant per piece is what makes
 * a skipped hour vanish and a repeated hour count twice.
 */
function rangesInPiece(calendar: CompiledCalendar, piece: OffsetPiece): TimeRange[] {
  const wallStart = piece.start + piece.offset;
  const wallEnd = piece.end + piece.offset;
  const ranges: TimeRange[] = [];
  for (let day = Math.floor(wallStart / DAY_MS); day * DAY_MS < wallEnd; day += 1) {
    for (const interval of hoursOn(calendar, day)) {
      const start = Math.max(day * DAY_MS + interval.start, wallStart);
      const end = Math.min(day * DAY_MS + interval.end, wallEnd);
      if (start < end) ranges.push({ start: start - piece.offset, end: end - piece.offset });
    }
  }
  return ranges;
}

/**
 * Yields the calendar's business ranges that overlap [from, until), clipped to it, in time order.
 * Walks UTC days, skipping days with no opening hours without consulting the time-zone database.
 */
export function* businessRanges(calendar: BusinessCalendar, from: number, until: number): Generator<TimeRange> {
  const compiledCalendar = compile(calendar);
  let nextOffset: number | undefined;
  for (let windowStart = Math.floor(from / DAY_MS) * DAY_MS; windowStart < until; windowStart += DAY_MS) {
    if (!mayHaveHours(compiledCalendar, windowStart)) {
      nextOffset = undefined;
      continue;
    }
    const windowEnd = windowStart + DAY_MS;
    const startOffset = nextOffset ?? offsetAt(windowStart, compiledCalendar.timeZone);
    const pieces = splitByOffset(windowStart, windowEnd, compiledCalendar.timeZone, startOffset);
    nextOffset = pieces[pieces.length - 1]?.offset;
    for (const piece of pieces) {
      for (const range of rangesInPiece(compiledCalendar, piece)) {
        const start = Math.max(range.start, from);
        const end = Math.min(range.end, until);
        if (start < end) yield { start, end };
      }
    }
  }
}

export function spanTooLongError(): RangeError {
  return new RangeError(
    `Business time can only be measured across ${MAX_CALENDAR_SPAN_DAYS} days; ` +
      "check that the calendar has opening hours and that the dates are right.",
  );
}
