import { TicketKind, TicketPriority } from "@/lib/generated/prisma/enums";
import { OPEN_STATUSES } from "@/lib/tickets/search/schemas";
import { estimateQuantile } from "./histogram";
import { FRT_BIN_COLUMNS, RES_BIN_COLUMNS } from "./rollup-columns";
import { addDays, periodsOf } from "./schemas";
import type { BreakdownRow, OpenTicketRow, PeriodRow, Segment } from "./statements";
import type { AgentRow, CategoryRow, DashboardScope, Forecast, Headline, Period, TicketDashboardData } from "./types";

// Turns the few dozen aggregate rows of statements.ts into the dashboard's figures: shares,
// percentiles read off the summed histograms, the backlog walked back from today, the forecast.
// Pure, so every formula is tested without a database.

export const FORECAST_TRAILING_DAYS = 28;
export const FORECAST_WEEKS = 4;

export type DashboardInput = {
  scope: DashboardScope;
  periods: PeriodRow[];
  /** Both breakdown statements' rows: counts, and the resolution bins of categories and people. */
  breakdowns: BreakdownRow[];
  open: OpenTicketRow[];
  trailing: { created: number; closed: number };
  categoryNames: ReadonlyMap<string, string>;
  agentNames: ReadonlyMap<string, string>;
  pendingDays: number;
  now: Date;
};

type Totals = Record<string, number | string | Date | null>;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const bins = (row: Totals | undefined, columns: readonly string[]) => columns.map((column) => Number(row?.[column] ?? 0));
const median = (row: Totals | undefined, columns: readonly string[]) => estimateQuantile(bins(row, columns), 0.5);
const p90 = (row: Totals | undefined, columns: readonly string[]) => estimateQuantile(bins(row, columns), 0.9);
const dayOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function assembleDashboard(input: DashboardInput): TicketDashboardData {
  const { scope, open } = input;
  const segment = (name: Segment) => input.periods.filter((row) => row.segment === name);
  const byPeriod = new Map(segment("current").map((row) => [dayOf(row.period), row]));
  const total = (name: Segment) => sumRows(segment(name));
  const current = total("current");
  const previous = total("previous");
  const breakdown = (set: BreakdownRow["grouping_set"]) => input.breakdowns.filter((row) => row.grouping_set === set);
  const periods = periodsOf(scope);
  const periodRow = (period: Period) => byPeriod.get(period.start);
  const count = (row: Totals | undefined, measure: string) => Number(row?.[measure] ?? 0);

  const backlogNow = open.reduce((sum, row) => sum + row.open, 0);
  const netAfterRange = count(total("after"), "created") - count(total("after"), "closed");
  // Walk back from today: the backlog at the end of a period is today's minus what arrived
  // since, plus what left since.
  let backlogAtEnd = backlogNow - netAfterRange;
  const backlogSeries = [...periods].reverse().map((period) => {
    const point = { ...period, backlog: backlogAtEnd };
    backlogAtEnd -= count(periodRow(period), "created") - count(periodRow(period), "closed");
    return point;
  }).reverse();

  return {
    scope,
    generatedAt: input.now.toISOString(),
    pendingDays: input.pendingDays,
    headlines: headlines(current, previous),
    volume: periods.map((period) => ({ ...period, created: count(periodRow(period), "created"), resolved: count(periodRow(period), "resolved") })),
    backlog: {
      byStatus: OPEN_STATUSES.map((status) => ({ status, count: sumOpen(open, (row) => row.status === status, "open") })),
      byPriority: Object.values(TicketPriority).map((priority) => {
        const row = breakdown("priority").find((candidate) => candidate.priority === priority);
        return {
          priority,
          open: sumOpen(open, (candidate) => candidate.priority === priority, "open"),
          resolvedWithDue: count(row, "resolved_with_due"),
          resolvedLate: count(row, "resolved_late"),
          breachRate: share(count(row, "resolved_late"), count(row, "resolved_with_due")),
        };
      }),
      series: backlogSeries,
    },
    speed: periods.map((period) => {
      const row = periodRow(period);
      return {
        ...period,
        responded: count(row, "responded"),
        firstResponseP50: median(row, FRT_BIN_COLUMNS),
        firstResponseP90: p90(row, FRT_BIN_COLUMNS),
        resolved: count(row, "resolved"),
        resolutionP50: median(row, RES_BIN_COLUMNS),
        resolutionP90: p90(row, RES_BIN_COLUMNS),
      };
    }),
    sla: {
      series: periods.map((period) => {
        const row = periodRow(period);
        return {
          ...period,
          resolvedWithDue: count(row, "resolved_with_due"),
          resolvedLate: count(row, "resolved_late"),
          breachRate: share(count(row, "resolved_late"), count(row, "resolved_with_due")),
          respondedWithDue: count(row, "responded_with_due"),
          respondedLate: count(row, "responded_late"),
          firstResponseBreachRate: share(count(row, "responded_late"), count(row, "responded_with_due")),
        };
      }),
      overdueNow: sumOpen(open, () => true, "overdue"),
    },
    quality: periods.map((period) => {
      const row = periodRow(period);
      return {
        ...period,
        resolved: count(row, "resolved"),
        reopened: count(row, "resolved_reopened"),
        reopenRate: share(count(row, "resolved_reopened"), count(row, "resolved")),
      };
    }),
    mix: {
      categories: categoryRows(mergeByKey(breakdown("category"), "category_id"), input.categoryNames),
      kinds: Object.values(TicketKind).map((kind) => ({
        kind,
        created: count(breakdown("kind").find((row) => row.kind === kind), "created"),
      })),
    },
    people: agentRows(mergeByKey(breakdown("assignee"), "assignee_id"), open, input.agentNames),
    forecast: forecast(input, backlogNow),
  };
}

/** Adds rows column by column: the range's totals are the sum of its periods. */
function sumRows(rows: readonly Totals[]): Totals | undefined {
  if (rows.length === 0) return undefined;
  const sum: Record<string, number> = {};
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) if (typeof value === "number") sum[key] = (sum[key] ?? 0) + value;
  }
  return sum;
}

/** The counts row and the bins row of one category or person, as one row. */
function mergeByKey(rows: readonly BreakdownRow[], key: "category_id" | "assignee_id"): BreakdownRow[] {
  const merged = new Map<string | null, BreakdownRow>();
  for (const row of rows) merged.set(row[key], { ...merged.get(row[key]), ...row });
  return [...merged.values()];
}

function sumOpen(rows: readonly OpenTicketRow[], include: (row: OpenTicketRow) => boolean, measure: "open" | "overdue") {
  return rows.reduce((sum, row) => (include(row) ? sum + row[measure] : sum), 0);
}

function headlines(current: Totals | undefined, previous: Totals | undefined): Headline[] {
  const value = (row: Totals | undefined, measure: "created" | "resolved") => (row ? Number(row[measure]) : 0);
  const rate = (row: Totals | undefined, part: "resolved_late" | "resolved_reopened", whole: "resolved_with_due" | "resolved") =>
    share(Number(row?.[part] ?? 0), Number(row?.[whole] ?? 0));
  return [
    { key: "created", label: "Tickets created", unit: "count", better: null, value: value(current, "created"), previous: value(previous, "created") },
    { key: "resolved", label: "Tickets resolved", unit: "count", better: "higher", value: value(current, "resolved"), previous: value(previous, "resolved") },
    { key: "firstResponseP50", label: "Median first response", unit: "seconds", better: "lower", value: median(current, FRT_BIN_COLUMNS), previous: median(previous, FRT_BIN_COLUMNS) },
    { key: "resolutionP50", label: "Median resolution time", unit: "seconds", better: "lower", value: median(current, RES_BIN_COLUMNS), previous: median(previous, RES_BIN_COLUMNS) },
    { key: "breachRate", label: "SLA breach rate", unit: "share", better: "lower", value: rate(current, "resolved_late", "resolved_with_due"), previous: rate(previous, "resolved_late", "resolved_with_due") },
    { key: "reopenRate", label: "Reopen rate", unit: "share", better: "lower", value: rate(current, "resolved_reopened", "resolved"), previous: rate(previous, "resolved_reopened", "resolved") },
  ];
}

/** Categories by tickets created, busiest first; the uncategorised ones under their own name. */
function categoryRows(rows: readonly BreakdownRow[], names: ReadonlyMap<string, string>): CategoryRow[] {
  return rows
    .map((row) => ({
      categoryId: row.category_id,
      name: row.category_id ? (names.get(row.category_id) ?? "Deleted category") : "No category",
      created: Number(row.created),
      resolved: Number(row.resolved),
      resolutionP50: median(row, RES_BIN_COLUMNS),
    }))
    .filter((row) => row.created > 0 || row.resolved > 0)
    .sort((a, b) => b.created - a.created || a.name.localeCompare(b.name));
}

/** Everyone with open assigned tickets now or resolutions in the range, most open first. */
function agentRows(rows: readonly BreakdownRow[], open: readonly OpenTicketRow[], names: ReadonlyMap<string, string>): AgentRow[] {
  const ids = new Set<string>();
  for (const row of rows) if (row.assignee_id && Number(row.resolved) > 0) ids.add(row.assignee_id);
  for (const row of open) if (row.assignee_id) ids.add(row.assignee_id);
  return [...ids]
    .map((assigneeId) => {
      const row = rows.find((candidate) => candidate.assignee_id === assigneeId);
      return {
        assigneeId,
        name: names.get(assigneeId) ?? "Former member",
        open: sumOpen(open, (candidate) => candidate.assignee_id === assigneeId, "open"),
        resolved: Number(row?.resolved ?? 0),
        resolutionP50: median(row, RES_BIN_COLUMNS),
      };
    })
    .sort((a, b) => b.open - a.open || b.resolved - a.resolved || a.name.localeCompare(b.name));
}

/**
 * What happens if nobody acts: open tickets whose due time falls within 4 and 24 hours, and a
 * linear projection of the backlog, today's plus the trailing average daily net change, weekly.
 */
function forecast(input: DashboardInput, backlogNow: number): Forecast {
  const createdPerDay = input.trailing.created / FORECAST_TRAILING_DAYS;
  const closedPerDay = input.trailing.closed / FORECAST_TRAILING_DAYS;
  const projection = Array.from({ length: FORECAST_WEEKS + 1 }, (_, week) => ({
    date: addDays(input.scope.today, week * 7),
    backlog: Math.max(0, Math.round(backlogNow + (createdPerDay - closedPerDay) * week * 7)),
  }));
  return {
    breachWithin4h: input.open.reduce((sum, row) => sum + row.due_within_4h, 0),
    breachWithin24h: input.open.reduce((sum, row) => sum + row.due_within_24h, 0),
    backlogNow,
    createdPerDay,
    closedPerDay,
    trailingDays: FORECAST_TRAILING_DAYS,
    projection,
  };
}
