import type { BusinessCalendar, BusinessInterval } from "./schemas";

/** A calendar open on the given weekdays (0 = Sunday) with the same hours each of them. */
export function calendarWith(
  timeZone: string,
  hours: BusinessInterval[],
  options: { weekdays?: number[]; holidays?: string[] } = {},
): BusinessCalendar {
  const weekdays = options.weekdays ?? [1, 2, 3, 4, 5];
  return {
    timeZone,
    weeklyHours: Array.from({ length: 7 }, (_, day) => (weekdays.includes(day) ? hours : [])),
    holidays: options.holidays ?? [],
  };
}

export const NINE_TO_FIVE: BusinessInterval[] = [{ start: "09:00", end: "17:00" }];
export const WHOLE_DAY: BusinessInterval[] = [{ start: "00:00", end: "24:00" }];
export const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

export function utc(iso: string): Date {
  return new Date(`${iso}Z`);
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so property tests repeat exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
