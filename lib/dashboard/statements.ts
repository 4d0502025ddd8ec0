import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "@/lib/tickets/search/schemas";
import { CLOCK_RUNNING_SQL, overdueSql } from "@/lib/tickets/search/sql";
import { FRT_BIN_COLUMNS, RES_BIN_COLUMNS } from "./rollup-columns";
import type { DashboardFilters, DashboardScope } from "./types";

// The dashboard's SQL, shared by lib/dashboard/queries.ts and the bench. Values are bound
// parameters; Prisma.raw only receives constants of this file and the column lists.

const OPEN_LIST = Prisma.raw(`(${OPEN_STATUSES.map((status) => `'${status}'`).join(", ")})`);

/** The dashboard filters over a table alias with the ticket dimensions (rollup rows or tickets). */
function dimensionsSql(alias: "s" | "t", filters: DashboardFilters): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  const parts: Prisma.Sql[] = [];
  if (filters.categoryId) parts.push(Prisma.sql`${column("category_id")} = ${filters.categoryId}::uuid`);
  if (filters.priority) parts.push(Prisma.sql`${column("priority")} = ${filters.priority}::"TicketPriority"`);
  if (filters.kind) parts.push(Prisma.sql`${column("kind")} = ${filters.kind}::"TicketKind"`);
  if (filters.assigneeId === "none") parts.push(Prisma.sql`${column("assignee_id")} IS NULL`);
  else if (filters.assigneeId) parts.push(Prisma.sql`${column("assignee_id")} = ${filters.assigneeId}::uuid`);
  return parts.length > 0 ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

const MEASURES = ["created", "closed", "resolved", "resolved_late", "resolved_with_due", "resolved_reopened",
  "responded", "responded_late", "responded_with_due"] as const;

const sums = (columns: readonly string[]) =>
  Prisma.raw(columns.map((column) => `sum(${column})::int AS ${column}`).join(",\n  "));
const ALL_SUMS = sums([...MEASURES, ...FRT_BIN_COLUMNS, ...RES_BIN_COLUMNS]);
const BREAKDOWN_MEASURES = ["created", "resolved", "resolved_late", "resolved_with_due"] as const;
const BREAKDOWN_SUMS = sums(BREAKDOWN_MEASURES);
const RESOLUTION_BIN_SUMS = sums(RES_BIN_COLUMNS);

export type Segment = "previous" | "current" | "after";

/** Sums of the rollup columns (counts, and the histogram bins by column name). */
type Sums = Record<string, number>;

export type PeriodRow = Sums & { segment: Segment; period: Date | null };

/**
 * The rollup rows from the start of the previous range on, summed per period of the range, and
 * as one row each for the previous range (the headline comparisons) and for the days after the
 * range (the backlog walks back from today). Totals of the range are the sum of its periods.
 */
export function periodStatement(workspaceId: string, scope: DashboardScope): Prisma.Sql {
  const granularity = Prisma.raw(`'${scope.granularity}'`);
  return Prisma.sql`
    SELECT CASE WHEN s.day < ${scope.from}::date THEN 'previous' WHEN s.day <= ${scope.to}::date THEN 'current' ELSE 'after' END AS segment,
           CASE WHEN s.day BETWEEN ${scope.from}::date AND ${scope.to}::date
                THEN greatest(date_trunc(${granularity}, s.day)::date, ${scope.from}::date) END AS period,
           ${ALL_SUMS}
      FROM ticket_daily_stats s
     WHERE s.workspace_id = ${workspaceId}::uuid AND s.day >= ${scope.previousFrom}::date
           ${dimensionsSql("s", scope.filters)}
     GROUP BY 1, 2`;
}

export type BreakdownRow = Sums & {
  grouping_set: "priority" | "category" | "kind" | "assignee";
  priority: string | null;
  category_id: string | null;
  kind: string | null;
  assignee_id: string | null;
};

/**
 * The range by priority, category, kind and assignee (GROUPING SETS), in two statements that run
 * side by side: the counts of every breakdown, and the resolution-time bins of the two that show
 * a median (categories, people). Summing the 40 bins for all four sets at once took 200-330 ms
 * at 1M tickets over 12 months.
 */
export function breakdownStatements(workspaceId: string, scope: DashboardScope): [Prisma.Sql, Prisma.Sql] {
  const range = Prisma.sql`
      FROM ticket_daily_stats s
     WHERE s.workspace_id = ${workspaceId}::uuid AND s.day BETWEEN ${scope.from}::date AND ${scope.to}::date
           ${dimensionsSql("s", scope.filters)}`;
  const columns = Prisma.sql`s.priority::text AS priority, s.category_id, s.kind::text AS kind, s.assignee_id`;
  return [
    Prisma.sql`
      SELECT CASE WHEN GROUPING(s.priority) = 0 THEN 'priority' WHEN GROUPING(s.category_id) = 0 THEN 'category'
                  WHEN GROUPING(s.kind) = 0 THEN 'kind' ELSE 'assignee' END AS grouping_set,
             ${columns}, ${BREAKDOWN_SUMS}
        ${range}
       GROUP BY GROUPING SETS ((s.priority), (s.category_id), (s.kind), (s.assignee_id))`,
    Prisma.sql`
      SELECT CASE WHEN GROUPING(s.category_id) = 0 THEN 'category' ELSE 'assignee' END AS grouping_set,
             NULL AS priority, s.category_id, NULL AS kind, s.assignee_id, ${RESOLUTION_BIN_SUMS}
        ${range}
       GROUP BY GROUPING SETS ((s.category_id), (s.assignee_id))`,
  ];
}

export type OpenTicketRow = {
  status: string;
  priority: string;
  assignee_id: string | null;
  open: number;
  overdue: number;
  due_within_4h: number;
  due_within_24h: number;
};

/** Open with the clock running, and due within `window` from now (not yet overdue). */
const dueWithin = (now: Date, window: "4 hours" | "24 hours") =>
  Prisma.sql`${CLOCK_RUNNING_SQL} AND t.due_at >= ${now}::timestamptz AND t.due_at < ${now}::timestamptz + ${window}::interval`;

/**
 * The open tickets now, by status, priority and assignee (a few dozen rows at most): the
 * backlog, what is overdue, and what will breach within 4 and 24 hours if nobody acts. Overdue
 * is the Overdue queue's definition (overdueSql); a ticket waiting on its customer has its clock
 * paused, so it is never overdue or due.
 */
export function openTicketsStatement(workspaceId: string, filters: DashboardFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT t.status::text AS status, t.priority::text AS priority, t.assignee_id,
           count(*)::int AS open,
           count(*) FILTER (WHERE ${overdueSql(now)})::int AS overdue,
           count(*) FILTER (WHERE ${dueWithin(now, "4 hours")})::int AS due_within_4h,
           count(*) FILTER (WHERE ${dueWithin(now, "24 hours")})::int AS due_within_24h
      FROM tickets t
     WHERE t.workspace_id = ${workspaceId}::uuid AND t.status IN ${OPEN_LIST}
           ${dimensionsSql("t", filters)}
     GROUP BY t.status, t.priority, t.assignee_id`;
}

/** Tickets created and leaving the backlog over the `days` full days before today. */
export function trailingRatesStatement(workspaceId: string, filters: DashboardFilters, today: string, days: number): Prisma.Sql {
  return Prisma.sql`
    SELECT coalesce(sum(s.created), 0)::int AS created, coalesce(sum(s.closed), 0)::int AS closed
      FROM ticket_daily_stats s
     WHERE s.workspace_id = ${workspaceId}::uuid
       AND s.day >= ${today}::date - ${days}::int AND s.day < ${today}::date
           ${dimensionsSql("s", filters)}`;
}
