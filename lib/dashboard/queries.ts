import "server-only";
import { cache } from "react";
import { STAFF_ROLES } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db, dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createActivityReuse } from "@/lib/tickets/activity-reuse";
import { assembleDashboard, FORECAST_TRAILING_DAYS } from "./assemble";
import { assembleIncidentMetrics } from "./incident-metrics";
import { incidentRangeStatement, type IncidentRangeRow, openIncidentsStatement, type OpenIncidentRow } from "./incident-statements";
import { countQueuedDays, refreshRollups } from "./rollup";
import { type DashboardParams, localToday, resolveScope } from "./schemas";
import {
  type BreakdownRow,
  breakdownStatements,
  openTicketsStatement,
  type OpenTicketRow,
  periodStatement,
  type PeriodRow,
  trailingRatesStatement,
} from "./statements";
import type { DashboardData, DashboardScope, IncidentMetrics, TicketDashboardData } from "./types";

/** A page load folds this many queued days into the rollups itself; more is the worker's job. */
const REFRESH_ON_READ_MAX_DAYS = 7;
/**
 * How long a process reuses a dashboard it computed while no ticket of the workspace changed:
 * meanwhile only clocks move the figures (a ticket turning overdue, the forecast's windows).
 */
export const DASHBOARD_REUSE_MS = 30_000;
const reuseDashboard = createActivityReuse<TicketDashboardData>({ reuseMs: DASHBOARD_REUSE_MS, maxEntries: 200 });

export type DashboardResult = { data: DashboardData; rangeError: string | null };

/**
 * The dashboard for the params, as its actor may see it (managers and admins of the workspace;
 * anyone else gets NotFoundError). Queued rollup days are folded in first when there are few, so
 * the figures include every change committed before the request. The result is reused per
 * workspace and scope while the workspace's latest ticket change is the same (an index probe on
 * every load, so a change through any server process shows at once) and for DASHBOARD_REUSE_MS.
 */
export async function getDashboard(actor: Actor, params: DashboardParams, now = new Date()): Promise<DashboardResult> {
  const timeZone = await getReportTimeZone(actor);
  const { scope, rangeError } = resolveScope(params, localToday(now, timeZone), timeZone);

  const queued = await countQueuedDays(actor.workspaceId);
  const refreshesNow = queued > 0 && queued <= REFRESH_ON_READ_MAX_DAYS;
  if (refreshesNow) await refreshRollups({ workspaceId: actor.workspaceId, maxBatches: 1, batchDays: REFRESH_ON_READ_MAX_DAYS });
  const [tickets, incidents] = await Promise.all([
    reuseDashboard(
      actor.workspaceId,
      JSON.stringify(scope),
      now.getTime(),
      async () => computeDashboard(actor.workspaceId, scope, now, refreshesNow ? await countQueuedDays(actor.workspaceId) : queued),
      // Figures from a rebuild in progress are recomputed, so the notice goes once it is done.
      (reused) => reused.pendingDays === 0,
    ),
    // Never reused: the reuse above is keyed on the tickets' latest change, which an incident's
    // does not move, and these are two indexed reads over the workspace's incidents.
    computeIncidentMetrics(actor.workspaceId, scope),
  ]);
  return { data: { ...tickets, incidents }, rangeError };
}

/** The zone the workspace's report days are counted in. */
export const getReportTimeZone = cache(async (actor: Actor): Promise<string> => {
  if (!can(actor, "dashboard.view")) throw new NotFoundError("That page was not found.");
  const workspace = await dbFor(actor).workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { reportTimeZone: true } });
  return workspace.reportTimeZone;
});

async function computeIncidentMetrics(workspaceId: string, scope: DashboardScope): Promise<IncidentMetrics> {
  const scoped = dbFor({ workspaceId });
  const [range, open] = await Promise.all([
    scoped.$queryRaw<IncidentRangeRow[]>(incidentRangeStatement(workspaceId, scope)),
    scoped.$queryRaw<OpenIncidentRow[]>(openIncidentsStatement(workspaceId)),
  ]);
  return assembleIncidentMetrics(range, open);
}

async function computeDashboard(workspaceId: string, scope: DashboardScope, now: Date, pendingDays: number): Promise<TicketDashboardData> {
  const [counts, bins] = breakdownStatements(workspaceId, scope);
  const scoped = dbFor({ workspaceId });
  const [periods, countRows, binRows, open, [trailing]] = await Promise.all([
    scoped.$queryRaw<PeriodRow[]>(periodStatement(workspaceId, scope)),
    scoped.$queryRaw<BreakdownRow[]>(counts),
    scoped.$queryRaw<BreakdownRow[]>(bins),
    scoped.$queryRaw<OpenTicketRow[]>(openTicketsStatement(workspaceId, scope.filters, now)),
    scoped.$queryRaw<{ created: number; closed: number }[]>(trailingRatesStatement(workspaceId, scope.filters, scope.today, FORECAST_TRAILING_DAYS)),
  ]);
  const breakdowns = [...countRows, ...binRows];
  const categoryIds = new Set(breakdowns.map((row) => row.category_id).filter((id): id is string => id !== null));
  const agentIds = new Set([...breakdowns, ...open].map((row) => row.assignee_id).filter((id): id is string => id !== null));
  const [categories, agents] = await Promise.all([
    scoped.category.findMany({ where: { workspaceId, id: { in: [...categoryIds] } }, select: { id: true, name: true } }),
    db.user.findMany({ where: { id: { in: [...agentIds] } }, select: { id: true, name: true } }),
  ]);
  return assembleDashboard({
    scope,
    periods,
    breakdowns,
    open,
    trailing: trailing ?? { created: 0, closed: 0 },
    categoryNames: new Map(categories.map((category) => [category.id, category.name])),
    agentNames: new Map(agents.map((agent) => [agent.id, agent.name])),
    pendingDays,
    now,
  });
}

/** The choices of the dashboard's filter form: the workspace's categories and staff. */
export async function getDashboardFilterOptions(actor: Actor) {
  if (!can(actor, "dashboard.view")) throw new NotFoundError("That page was not found.");
  const [categories, members] = await Promise.all([
    dbFor(actor).category.findMany({ where: { workspaceId: actor.workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    dbFor(actor).membership.findMany({
      // Disabled staff too: their past work stays in the figures. Service accounts are not people.
      where: { workspaceId: actor.workspaceId, role: { in: [...STAFF_ROLES] }, user: { isServiceAccount: false } },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  ]);
  return { categories, agents: members.map((member) => member.user) };
}
