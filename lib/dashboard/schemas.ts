import { z } from "zod";
import { TicketKind, TicketPriority } from "@/lib/generated/prisma/enums";
import { queryField } from "@/lib/url-query";
import { daySchema } from "@/lib/validation/dates";
import type { DashboardFilters, DashboardScope, Granularity, Period } from "./types";

export const RANGE_PRESETS = ["7d", "30d", "90d", "12m", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const RANGE_LABELS: Record<RangePreset, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "12m": "Last 12 months",
  custom: "Custom",
};
export const GRANULARITIES = ["day", "week", "month"] as const satisfies readonly Granularity[];
/** A custom range may span at most this many days (three years). */
export const MAX_RANGE_DAYS = 1_096;
/** Day granularity stops here; a longer range is drawn by week. */
const MAX_DAY_PERIODS = 92;


/**
 * The dashboard's state in the URL. Like the ticket list's, it is read with parseQueryLeniently:
 * anything malformed reads as absent (a stale link shows the default view, not an error); a custom range that makes no sense is
 * reported by resolveScope instead, so the form can say why.
 */
export const dashboardParamsSchema = z.object({
  range: queryField(z.enum(RANGE_PRESETS)),
  from: queryField(daySchema),
  to: queryField(daySchema),
  granularity: queryField(z.enum(GRANULARITIES)),
  categoryId: queryField(z.uuid()),
  priority: queryField(z.enum(TicketPriority)),
  kind: queryField(z.enum(TicketKind)),
  assigneeId: queryField(z.union([z.uuid(), z.literal("none")])),
});
export type DashboardParams = z.infer<typeof dashboardParamsSchema>;

const DAY_MS = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
export const addDays = (day: string, days: number) => toDay(dayMs(day) + days * DAY_MS);
export const daysBetween = (from: string, to: string) => Math.round((dayMs(to) - dayMs(from)) / DAY_MS);

function addMonths(day: string, months: number): string {
  const date = new Date(dayMs(day));
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toDay(target.getTime());
}

/** Today's date in a time zone, from an instant. */
export function localToday(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parts.slice(0, 10);
}

export type ScopeResult = { scope: DashboardScope; rangeError: string | null };

/**
 * The range, periods and filters the params ask for, relative to `today` in the report zone.
 * Presets end today; a custom range is clipped to today, and an impossible one (reversed, too
 * long, all in the future) falls back to the last 30 days with `rangeError` saying why.
 */
export function resolveScope(params: DashboardParams, today: string, timeZone: string): ScopeResult {
  let rangeError: string | null = null;
  let { from, to } = presetRange(params.range ?? "30d", today);
  if (params.range === "custom") {
    const custom = customRange(params.from, params.to, today);
    if (typeof custom === "string") rangeError = custom;
    else ({ from, to } = custom);
  }
  const length = daysBetween(from, to) + 1;
  const filters: DashboardFilters = {};
  if (params.categoryId) filters.categoryId = params.categoryId;
  if (params.priority) filters.priority = params.priority;
  if (params.kind) filters.kind = params.kind;
  if (params.assigneeId) filters.assigneeId = params.assigneeId;
  return {
    scope: {
      from,
      to,
      previousFrom: addDays(from, -length),
      previousTo: addDays(from, -1),
      granularity: granularityFor(params.granularity, length),
      filters,
      timeZone,
      today,
    },
    rangeError,
  };
}

function presetRange(preset: RangePreset, today: string): { from: string; to: string } {
  switch (preset) {
    case "7d":
      return { from: addDays(today, -6), to: today };
    case "90d":
      return { from: addDays(today, -89), to: today };
    case "12m":
      return { from: addDays(addMonths(today, -12), 1), to: today };
    default:
      return { from: addDays(today, -29), to: today };
  }
}

function customRange(from: string | undefined, to: string | undefined, today: string): { from: string; to: string } | string {
  if (!from || !to) return "Choose both a start and an end date.";
  if (from > to) return "The start date must not be after the end date.";
  if (from > today) return "The range lies in the future: choose a start date up to today.";
  const end = to > today ? today : to;
  if (daysBetween(from, end) + 1 > MAX_RANGE_DAYS) return "A custom range can span at most three years.";
  return { from, to: end };
}

/** Days for up to a month, weeks up to half a year, months beyond; a chosen one if it fits. */
function granularityFor(chosen: Granularity | undefined, length: number): Granularity {
  if (chosen === "day" && length <= MAX_DAY_PERIODS) return "day";
  if (chosen === "week" || chosen === "month") return chosen;
  if (length <= 31) return "day";
  return length <= 183 ? "week" : "month";
}

/** The first day of the day/ISO week/month a day falls in. */
export function periodStart(day: string, granularity: Granularity): string {
  if (granularity === "day") return day;
  if (granularity === "month") return `${day.slice(0, 8)}01`;
  const weekday = (new Date(dayMs(day)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

/** The range's periods in order, the first and last clipped to the range. */
export function periodsOf(scope: Pick<DashboardScope, "from" | "to" | "granularity">): Period[] {
  const periods: Period[] = [];
  let start = scope.from;
  while (start <= scope.to) {
    const next = scope.granularity === "day"
      ? addDays(start, 1)
      : scope.granularity === "week"
        ? addDays(periodStart(start, "week"), 7)
        : addMonths(periodStart(start, "month"), 1);
    const end = addDays(next, -1) < scope.to ? addDays(next, -1) : scope.to;
    periods.push({ start, end });
    start = next;
  }
  return periods;
}

/** The URL query for a scope's params (a preset keeps its name, so the link stays relative). */
export function dashboardQuery(params: DashboardParams, overrides: Partial<DashboardParams> = {}): string {
  const merged = { ...params, ...overrides };
  const query = new URLSearchParams();
  for (const key of Object.keys(dashboardParamsSchema.shape) as (keyof DashboardParams)[]) {
    const value = merged[key];
    if (value === undefined) continue;
    if ((key === "from" || key === "to") && merged.range !== "custom") continue;
    query.set(key, value);
  }
  return query.toString();
}
