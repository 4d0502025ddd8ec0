import { Prisma } from "@/lib/generated/prisma/client";
import { type IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";
import type { DashboardScope } from "./types";

// The dashboard's incident SQL, shared by lib/dashboard/queries.ts and the bench. Incidents are
// few (dozens a year, thousands at most), so the figures are exact: percentile_cont over the
// rows themselves, no rollup. Both statements read incidents through their indexes on
// (workspace_id, declared_at) and (workspace_id, status).

/** The stages of a response under way: neither resolved nor closed. */
export const OPEN_INCIDENT_STATUSES = [IncidentStatus.INVESTIGATING, IncidentStatus.IDENTIFIED, IncidentStatus.MONITORING] as const;
const OPEN_LIST = Prisma.raw(`(${OPEN_INCIDENT_STATUSES.map((status) => `'${status}'`).join(", ")})`);

/**
 * The count, median and p90 of seconds from declaration to `column`, over the rows that have it.
 * The FILTER is needed: greatest() ignores a null argument, so without it an incident not yet at
 * that stage would count as 0 s.
 */
function percentiles(column: "acknowledged_at" | "resolved_at", name: "acknowledge" | "resolve"): Prisma.Sql {
  const seconds = `greatest(0, extract(epoch FROM i.${column} - i.declared_at))::float8`;
  const reached = `FILTER (WHERE i.${column} IS NOT NULL)`;
  return Prisma.raw(`count(i.${column})::int AS ${name}_count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds}) ${reached} AS ${name}_p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds}) ${reached} AS ${name}_p90`);
}

export type IncidentRangeRow = {
  /** Null on the row of all severities. */
  severity: IncidentSeverity | null;
  declared: number;
  acknowledge_count: number;
  acknowledge_p50: number | null;
  acknowledge_p90: number | null;
  resolve_count: number;
  resolve_p50: number | null;
  resolve_p90: number | null;
};

/**
 * The incidents declared in the range's report days (in the workspace's zone), per severity and
 * all together (GROUPING SETS): how many, and the median and p90 of declared → acknowledged and
 * declared → resolved over those that got there (percentile_cont skips the nulls). A cohort by
 * declaration day, so the incident list filtered to the same days shows exactly these incidents.
 */
export function incidentRangeStatement(workspaceId: string, scope: Pick<DashboardScope, "from" | "to" | "timeZone">): Prisma.Sql {
  return Prisma.sql`
    SELECT i.severity::text AS severity, count(*)::int AS declared,
           ${percentiles("acknowledged_at", "acknowledge")},
           ${percentiles("resolved_at", "resolve")}
      FROM incidents i
     WHERE i.workspace_id = ${workspaceId}::uuid
       AND i.declared_at >= (${scope.from}::date::timestamp AT TIME ZONE ${scope.timeZone})
       AND i.declared_at < ((${scope.to}::date + 1)::timestamp AT TIME ZONE ${scope.timeZone})
     GROUP BY GROUPING SETS ((i.severity), ())`;
}

export type OpenIncidentStatus = (typeof OPEN_INCIDENT_STATUSES)[number];
export type OpenIncidentRow = { severity: IncidentSeverity; status: OpenIncidentStatus; open: number };

/** The incidents open now (neither resolved nor closed), by severity and status. */
export function openIncidentsStatement(workspaceId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT i.severity::text AS severity, i.status::text AS status, count(*)::int AS open
      FROM incidents i
     WHERE i.workspace_id = ${workspaceId}::uuid AND i.status IN ${OPEN_LIST}
     GROUP BY i.severity, i.status`;
}
