import { daysBetween } from "./schemas";
import type { DashboardScope, Granularity, Headline } from "./types";

// Pure text for the dashboard's figures, shared by the page, the charts and the PDF report, so a
// duration or a rate reads the same everywhere. Dates are report days (YYYY-MM-DD) and are
// formatted in UTC: they already are days in the workspace's zone, so no zone may shift them.

export const DASHBOARD_CHART_KEYS = [
  "volume",
  "backlog",
  "speed",
  "sla",
  "quality",
  "categories",
  "kinds",
  "people",
  "forecast",
  "incidents",
] as const;
export type DashboardChartKey = (typeof DASHBOARD_CHART_KEYS)[number];

/** A typographic minus: a hyphen is read as a dash and looks short beside digits. */
const MINUS = "\u2212";
const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;

const countFormat = new Intl.NumberFormat("en-US");
const dayFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

const dayDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
const plural = (count: number, word: string) => `${countFormat.format(count)} ${word}${count === 1 ? "" : "s"}`;

export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** "< 1 min", "45 min", "2 h 10 min", "3 d 4 h": two units at most, rounded to the smaller one. */
export function formatDuration(seconds: number): string {
  if (seconds < MINUTE) return "< 1 min";
  if (seconds < HOUR - MINUTE / 2) return `${Math.round(seconds / MINUTE)} min`;
  if (seconds < DAY - HOUR / 2) {
    const minutes = Math.round(seconds / MINUTE);
    return joinUnits(Math.floor(minutes / 60), "h", minutes % 60, "min");
  }
  const hours = Math.round(seconds / HOUR);
  return joinUnits(Math.floor(hours / 24), "d", hours % 24, "h");
}

function joinUnits(large: number, largeUnit: string, small: number, smallUnit: string): string {
  return small === 0 ? `${large} ${largeUnit}` : `${large} ${largeUnit} ${small} ${smallUnit}`;
}

/** A share in [0, 1] as a percentage with one decimal: "12.5 %". */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** An axis tick for a share: whole percent, "12 %". */
export function formatShareTick(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** A headline's value by its unit; "—" when there was nothing to measure. */
export function formatHeadlineValue(headline: Pick<Headline, "unit" | "value">): string {
  if (headline.value === null) return "—";
  if (headline.unit === "seconds") return formatDuration(headline.value);
  if (headline.unit === "share") return formatShare(headline.value);
  return formatCount(headline.value);
}

export type ChangeTone = "good" | "bad" | "neutral";
export type HeadlineChange = { text: string; tone: ChangeTone; direction: "up" | "down" | "none" };

/**
 * The change against the previous range: relative for counts and durations ("−18 % vs previous
 * 30 days"), in percentage points for shares, since a relative change of a rate ("+50 %" from 2 %
 * to 3 %) overstates it. Green or red only when the headline says which direction is good.
 */
export function describeChange(
  headline: Pick<Headline, "unit" | "better" | "value" | "previous">,
  scope: Pick<DashboardScope, "previousFrom" | "previousTo">,
): HeadlineChange {
  const { value, previous, unit, better } = headline;
  const isShare = unit === "share";
  if (previous === null || (previous === 0 && !isShare)) return { text: "no earlier data", tone: "neutral", direction: "none" };
  if (value === null) return { text: "no data in this range", tone: "neutral", direction: "none" };
  const range = `vs previous ${plural(daysBetween(scope.previousFrom, scope.previousTo) + 1, "day")}`;
  const delta = isShare ? Math.round((value - previous) * 1_000) / 10 : Math.round(((value - previous) / previous) * 100);
  if (delta === 0) return { text: `no change ${range}`, tone: "neutral", direction: "none" };
  const sign = delta > 0 ? "+" : MINUS;
  const amount = isShare ? `${Math.abs(delta).toFixed(1)} pp` : `${Math.abs(delta)} %`;
  const isGood = better === "higher" ? delta > 0 : delta < 0;
  return {
    text: `${sign}${amount} ${range}`,
    tone: better === null ? "neutral" : isGood ? "good" : "bad",
    direction: delta > 0 ? "up" : "down",
  };
}

/** A period in a tooltip or table: "Nov 3", "Week of Nov 3", "Nov 2026". */
export function formatPeriod(start: string, granularity: Granularity): string {
  if (granularity === "month") return monthFormat.format(dayDate(start));
  const day = dayFormat.format(dayDate(start));
  return granularity === "week" ? `Week of ${day}` : day;
}

/** A period on an axis, where "Week of" on every tick would crowd it out: "Nov 3", "Nov 2026". */
export function formatPeriodTick(start: string, granularity: Granularity): string {
  return granularity === "month" ? monthFormat.format(dayDate(start)) : dayFormat.format(dayDate(start));
}

const PERIOD_AXIS_LABELS: Record<Granularity, string> = { day: "Day", week: "Week (from Monday)", month: "Month" };

/** The title of a time axis by granularity. */
export function periodAxisLabel(granularity: Granularity): string {
  return PERIOD_AXIS_LABELS[granularity];
}

/** A single report day: "Nov 3". */
export function formatDay(day: string): string {
  return dayFormat.format(dayDate(day));
}

const longDayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A report day with its year, "25 Oct 2026", for headings (in UTC: it already is a report-zone day). */
export function formatLongDay(day: string): string {
  return longDayFormat.format(dayDate(day));
}

/** An open incident's status in words: "Investigating", "Identified", "Monitoring". */
export function formatIncidentStatus(status: string): string {
  return `${status.charAt(0)}${status.slice(1).toLowerCase()}`;
}

/** The incident figures' method, said the same way on the page and in the PDF report. */
export const INCIDENT_METHOD_NOTE =
  "Incidents declared in the range, by their severity now; times run from declaration to the first acknowledgement and to the " +
  "resolution, over those that got there (exact median and 90th percentile). Open now counts every incident not resolved or " +
  "closed, whenever declared. Incidents have no category, priority or agent: the ticket filters do not narrow them.";

/** The notice while rollups are rebuilt; null when they are current. */
export function describePendingDays(pendingDays: number): string | null {
  if (pendingDays <= 0) return null;
  const verb = pendingDays === 1 ? "is" : "are";
  return `Reports are catching up: ${plural(pendingDays, "day")} of changes ${verb} still being counted.`;
}
