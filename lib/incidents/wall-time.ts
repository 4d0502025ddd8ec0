import { offsetAt } from "@/lib/sla/time-zone";

// Incident times are read and written on the workspace's report clock, so everyone on the
// response sees "14:02" the same way, whatever their browser's zone.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "6 Dec 2026, 14:02" on the zone's clock. */
export function formatIncidentTime(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/** The zone's wall clock at an instant as a datetime-local value, "2026-12-06T14:02". */
export function toWallTime(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

/**
 * The instant a datetime-local value names on the zone's clock, or null if it is not one. In a
 * DST gap or overlap it takes the offset in force just before, as PostgreSQL does.
 */
export function fromWallTime(wall: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wall)) return null;
  const asUtc = Date.parse(`${wall}:00.000Z`);
  if (Number.isNaN(asUtc)) return null;
  const guess = asUtc - offsetAt(asUtc, timeZone);
  return new Date(asUtc - offsetAt(guess, timeZone));
}
