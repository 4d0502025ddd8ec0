export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

// Building a formatter is far slower than using one, and the calendar asks once per day.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * How far the zone's wall clock is ahead of UTC at an instant, in milliseconds
 * (+3_600_000 for Berlin in winter). Derived from Intl so the runtime's tz database is the
 * single source of truth.
 */
export function offsetAt(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    // Some engines print midnight as 24 even with h23.
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}

/** A constant-offset stretch of time: wall time = instant + offset on [start, end). */
export type OffsetPiece = { start: number; end: number; offset: number };

/**
 * Splits [start, end) where the zone's offset changes. Assumes at most one change inside the
 * span, which holds for every IANA zone when the span is a day; transitions are located to the
 * minute, the granularity of every modern tz rule.
 */
export function splitByOffset(start: number, end: number, timeZone: string, offsetAtStart = offsetAt(start, timeZone)) {
  const offsetAtEnd = offsetAt(end, timeZone);
  if (offsetAtStart === offsetAtEnd) return [{ start, end, offset: offsetAtStart }];
  let before = start;
  let after = end;
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(middle, timeZone) === offsetAtStart) before = middle;
    else after = middle;
  }
  return [
    { start, end: after, offset: offsetAtStart },
    { start: after, end, offset: offsetAtEnd },
  ];
}

/** Days since 1970-01-01 of a local date written "YYYY-MM-DD". */
export function dayNumberOf(localDate: string): number {
  return Date.parse(`${localDate}T00:00:00Z`) / DAY_MS;
}

/** 0 = Sunday … 6 = Saturday for a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
