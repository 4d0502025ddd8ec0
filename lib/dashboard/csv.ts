import { csvLine } from "@/lib/tickets/search/csv";
import type { DashboardChartKey } from "./format";
import type { DashboardData, Period } from "./types";

type Cell = string | number | null;
type Table = { header: string[]; rows: Cell[][] };

const SECONDS_PER_HOUR = 3_600;

// Percentiles are estimates from histograms and rates are ratios: their float noise
// (0.30000000000000004) would only get in a spreadsheet's way.
const round = (value: number, places: number) => Number(value.toFixed(places));
const rate = (share: number | null): Cell => (share === null ? null : round(share, 4));
const seconds = (duration: number | null): Cell => (duration === null ? null : Math.round(duration));
const hours = (duration: number | null): Cell => (duration === null ? null : round(duration / SECONDS_PER_HOUR, 2));
const duration = (value: number | null): Cell[] => [seconds(value), hours(value)];
const durationHeader = (name: string) => [`${name}_seconds`, `${name}_hours`];

const PERIOD_HEADER = ["period_start", "period_end"];
const period = (point: Period): Cell[] => [point.start, point.end];

/**
 * One rectangular table per chart. Dates are report days (YYYY-MM-DD in the workspace's zone),
 * durations come as whole seconds and as hours (two decimals), rates as shares in 0..1; an empty
 * cell means no value (nothing happened to measure). Columns:
 *
 * - volume: period_start, period_end, created, resolved
 * - backlog: period_start, period_end, open_at_end (open tickets at the end of the period's last
 *   day). The by-status and by-priority breakdowns are snapshots of now rather than per period,
 *   so they would not fit this table's rows; the PDF report shows them.
 * - speed: period_start, period_end, responded, first_response_p50/p90 (_seconds, _hours),
 *   resolved, resolution_p50/p90 (_seconds, _hours)
 * - sla: period_start, period_end, resolved_with_due, resolved_late, breach_rate,
 *   responded_with_due, responded_late, first_response_breach_rate
 * - quality: period_start, period_end, resolved, reopened, reopen_rate
 * - categories: category_id (empty for uncategorised), category, created, resolved,
 *   resolution_p50 (_seconds, _hours)
 * - kinds: kind, created
 * - people: assignee_id, agent, open (assigned now), resolved, resolution_p50 (_seconds, _hours)
 * - forecast: date, projected_backlog (today first, then one row per week ahead)
 * - incidents: severity (SEV1-SEV4, then "all"), declared (in the range), acknowledged,
 *   time_to_acknowledge_p50/p90 (_seconds, _hours), resolved, time_to_resolve_p50/p90
 *   (_seconds, _hours), open_now (not resolved or closed, whenever declared); the times are exact,
 *   from declaration, over the incidents declared in the range that reached the stage
 */
export function dashboardCsv(data: DashboardData, chart: DashboardChartKey): { filename: string; csv: string } {
  const { header, rows } = tableFor(data, chart);
  const csv = [header, ...rows].map(csvLine).join("");
  return { filename: `triage-${chart}-${data.scope.from}-to-${data.scope.to}.csv`, csv };
}

function tableFor(data: DashboardData, chart: DashboardChartKey): Table {
  switch (chart) {
    case "volume":
      return {
        header: [...PERIOD_HEADER, "created", "resolved"],
        rows: data.volume.map((point) => [...period(point), point.created, point.resolved]),
      };
    case "backlog":
      return {
        header: [...PERIOD_HEADER, "open_at_end"],
        rows: data.backlog.series.map((point) => [...period(point), point.backlog]),
      };
    case "speed":
      return {
        header: [
          ...PERIOD_HEADER,
          "responded",
          ...durationHeader("first_response_p50"),
          ...durationHeader("first_response_p90"),
          "resolved",
          ...durationHeader("resolution_p50"),
          ...durationHeader("resolution_p90"),
        ],
        rows: data.speed.map((point) => [
          ...period(point),
          point.responded,
          ...duration(point.firstResponseP50),
          ...duration(point.firstResponseP90),
          point.resolved,
          ...duration(point.resolutionP50),
          ...duration(point.resolutionP90),
        ]),
      };
    case "sla":
      return {
        header: [
          ...PERIOD_HEADER,
          "resolved_with_due",
          "resolved_late",
          "breach_rate",
          "responded_with_due",
          "responded_late",
          "first_response_breach_rate",
        ],
        rows: data.sla.series.map((point) => [
          ...period(point),
          point.resolvedWithDue,
          point.resolvedLate,
          rate(point.breachRate),
          point.respondedWithDue,
          point.respondedLate,
          rate(point.firstResponseBreachRate),
        ]),
      };
    case "quality":
      return {
        header: [...PERIOD_HEADER, "resolved", "reopened", "reopen_rate"],
        rows: data.quality.map((point) => [...period(point), point.resolved, point.reopened, rate(point.reopenRate)]),
      };
    case "categories":
      return {
        header: ["category_id", "category", "created", "resolved", ...durationHeader("resolution_p50")],
        rows: data.mix.categories.map((row) => [row.categoryId, row.name, row.created, row.resolved, ...duration(row.resolutionP50)]),
      };
    case "kinds":
      return { header: ["kind", "created"], rows: data.mix.kinds.map((row) => [row.kind, row.created]) };
    case "people":
      return {
        header: ["assignee_id", "agent", "open", "resolved", ...durationHeader("resolution_p50")],
        rows: data.people.map((row) => [row.assigneeId, row.name, row.open, row.resolved, ...duration(row.resolutionP50)]),
      };
    case "incidents": {
      const { bySeverity, total } = data.incidents;
      return {
        header: [
          "severity",
          "declared",
          "acknowledged",
          ...durationHeader("time_to_acknowledge_p50"),
          ...durationHeader("time_to_acknowledge_p90"),
          "resolved",
          ...durationHeader("time_to_resolve_p50"),
          ...durationHeader("time_to_resolve_p90"),
          "open_now",
        ],
        rows: [...bySeverity, { ...total, severity: "all" }].map((row) => [
          row.severity,
          row.declared,
          row.acknowledge.count,
          ...duration(row.acknowledge.p50),
          ...duration(row.acknowledge.p90),
          row.resolve.count,
          ...duration(row.resolve.p50),
          ...duration(row.resolve.p90),
          row.openNow,
        ]),
      };
    }
    case "forecast":
      return {
        header: ["date", "projected_backlog"],
        rows: data.forecast.projection.map((point) => [point.date, point.backlog]),
      };
  }
}
