import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FORECAST_TRAILING_DAYS } from "@/lib/dashboard/assemble";
import { REBUILD_SQL } from "@/lib/dashboard/rebuild-sql";
import { addDays, dashboardParamsSchema, localToday, resolveScope } from "@/lib/dashboard/schemas";
import { breakdownStatements, openTicketsStatement, periodStatement, trailingRatesStatement } from "@/lib/dashboard/statements";
import { workspacePath } from "@/lib/workspaces/paths";
import type { SqlQuery } from "./scenario-sql";
import type { Scenario } from "./scenarios";

const toQuery = (sql: Prisma.Sql): SqlQuery => ({ text: sql.text, values: sql.values });

/** The scope the dashboard page computes for a query string (the bench workspace counts in UTC). */
function scopeOf(query: string) {
  const params = dashboardParamsSchema.parse(Object.fromEntries(new URLSearchParams(query)));
  return resolveScope(params, localToday(new Date(), "UTC"), "UTC").scope;
}

const sqlOnly = (name: string, sql: () => SqlQuery): Scenario =>
  ({ name, path: () => "", sql, hasPage: false, signedInAs: "manager" });

/**
 * The dashboard page over 30 days and 12 months (signed in as the manager; the page's main read
 * is its largest aggregate), then every aggregate it runs, alone, over 12 months: the periods,
 * the breakdowns' counts and bins, today's open tickets, the forecast's trailing rates, and the
 * rollup rebuild of today and yesterday that follows a ticket change (rows deleted and inserted
 * in one statement, so it can run again and again).
 */
export function createDashboardScenarios(manager: Actor): Scenario[] {
  const workspaceId = manager.workspaceId;
  const year = scopeOf("range=12m");
  const [counts, bins] = breakdownStatements(workspaceId, year);
  const page = (name: string, query: string): Scenario => ({
    name,
    path: () => workspacePath(manager.workspaceSlug, `/dashboard?${query}`),
    sql: () => toQuery(periodStatement(workspaceId, scopeOf(query))),
    hasPage: true,
    signedInAs: "manager",
  });
  const today = localToday(new Date(), "UTC");
  return [
    page("dashboard page: 30 days", "range=30d"),
    page("dashboard page: 12 months", "range=12m"),
    sqlOnly("dashboard: periods, 12 months", () => toQuery(periodStatement(workspaceId, year))),
    sqlOnly("dashboard: periods, 12 months, HIGH", () => toQuery(periodStatement(workspaceId, { ...year, filters: { priority: "HIGH" } }))),
    sqlOnly("dashboard: breakdown counts, 12 months", () => toQuery(counts)),
    sqlOnly("dashboard: breakdown bins, 12 months", () => toQuery(bins)),
    sqlOnly("dashboard: open tickets now", () => toQuery(openTicketsStatement(workspaceId, {}, new Date()))),
    sqlOnly("dashboard: trailing 28 days", () => toQuery(trailingRatesStatement(workspaceId, {}, today, FORECAST_TRAILING_DAYS))),
    sqlOnly("dashboard: rollup rebuild, 2 days", () => ({
      text: `WITH cleared AS (
          DELETE FROM ticket_daily_stats s USING unnest($1::uuid[], $2::date[]) k(workspace_id, day)
           WHERE s.workspace_id = k.workspace_id AND s.day = k.day)
        ${REBUILD_SQL.replace(/^\s*WITH /, ", ")}`,
      values: [[workspaceId, workspaceId], [addDays(today, -1), today]],
    })),
  ];
}
