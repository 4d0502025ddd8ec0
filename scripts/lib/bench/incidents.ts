import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { incidentRangeStatement, openIncidentsStatement } from "@/lib/dashboard/incident-statements";
import { dashboardParamsSchema, localToday, resolveScope } from "@/lib/dashboard/schemas";
import { INCIDENT_PAGE_SIZE } from "@/lib/incidents/schemas";
import { DEFAULT_WORKSPACE } from "@/lib/setup/first-admin";
import { workspacePath } from "@/lib/workspaces/paths";
import { timed } from "../seed/seed-tickets";
import { withClient } from "../with-client";
import type { SqlQuery } from "./scenario-sql";
import type { Scenario } from "./scenarios";

/** Incidents for the bench: a fifth of the tickets, from 100 to 20,000 (a very busy desk's three years). */
export function benchIncidentCount(tickets: number): number {
  return Math.min(20_000, Math.max(100, Math.round(tickets / 5)));
}

/**
 * Every incident's fate from its number g: one in 50 (and any declared in the last two days) is
 * still open, in one of the three open stages; one in 5 of the rest is resolved, the others closed.
 * Declarations are spread by g over the last three years, acknowledged 1-120 min and resolved
 * 30 min to a day after declaration.
 */
const INCIDENTS_SQL = `
WITH counter AS (
  UPDATE workspaces SET incident_number = incident_number + $2 WHERE id = $1 RETURNING incident_number - $2 AS first
), planned AS (
  SELECT g, now() - (g::float8 / $2) * interval '1095 days' AS declared,
         (g % 50 = 0 OR g::float8 / $2 * 1095 < 2) AS is_open,
         ((g * 7919) % 120 + 1) * interval '1 minute' AS to_ack,
         ((g * 104729) % 1440 + 30) * interval '1 minute' AS to_resolve
    FROM generate_series(1, $2) g
)
INSERT INTO incidents (workspace_id, number, title, summary, severity, status, declared_at, acknowledged_at, mitigated_at,
                       resolved_at, closed_at, commander_id, declared_by_id, created_at, updated_at)
SELECT $1, counter.first + p.g, 'Bench incident ' || p.g || ': service degraded', '',
       (ARRAY['SEV1', 'SEV2', 'SEV2', 'SEV3', 'SEV3', 'SEV3', 'SEV4', 'SEV4', 'SEV4', 'SEV4'])[p.g % 10 + 1]::"IncidentSeverity",
       (CASE WHEN p.is_open THEN (ARRAY['INVESTIGATING', 'IDENTIFIED', 'MONITORING'])[p.g % 3 + 1]
             WHEN p.g % 5 = 0 THEN 'RESOLVED' ELSE 'CLOSED' END)::"IncidentStatus",
       p.declared,
       CASE WHEN NOT p.is_open OR p.g % 3 > 0 THEN p.declared + p.to_ack END,
       CASE WHEN NOT p.is_open OR p.g % 3 = 2 THEN p.declared + p.to_ack END,
       CASE WHEN NOT p.is_open THEN p.declared + p.to_resolve END,
       CASE WHEN NOT p.is_open AND p.g % 5 > 0 THEN p.declared + p.to_resolve + interval '1 day' END,
       ($3::uuid[])[p.g % array_length($3::uuid[], 1) + 1], ($3::uuid[])[p.g % array_length($3::uuid[], 1) + 1], p.declared, p.declared
  FROM planned p, counter`;

/** Each new incident's timeline: declared, acknowledged, resolved, closed as they happened, and a backdated note. */
const EVENTS_SQL = `
INSERT INTO incident_events (workspace_id, incident_id, kind, actor_id, occurred_at, created_at, body, metadata)
SELECT i.workspace_id, i.id, e.kind::"IncidentEventKind", i.commander_id, e.at, greatest(e.at, i.declared_at), e.body, e.metadata
  FROM incidents i
 CROSS JOIN LATERAL (VALUES
   ('DECLARED', i.declared_at, NULL, jsonb_build_object('severity', i.severity, 'commanderId', i.commander_id)),
   ('NOTE', i.declared_at - interval '10 minutes', 'First alert fired about here.', '{}'::jsonb),
   ('STATUS_CHANGED', i.acknowledged_at, NULL, '{"from": "INVESTIGATING", "to": "IDENTIFIED"}'::jsonb),
   ('STATUS_CHANGED', i.resolved_at, NULL, '{"from": "IDENTIFIED", "to": "RESOLVED"}'::jsonb),
   ('STATUS_CHANGED', i.closed_at, NULL, '{"from": "RESOLVED", "to": "CLOSED"}'::jsonb)
 ) e(kind, at, body, metadata)
 WHERE i.workspace_id = $1 AND e.at IS NOT NULL`;

/** Two tickets reported about each new incident, drawn across the workspace's numbers. */
const LINKS_SQL = `
INSERT INTO incident_tickets (workspace_id, incident_id, ticket_id, linked_by_id, created_at)
SELECT i.workspace_id, i.id, t.id, i.commander_id, i.declared_at
  FROM incidents i
 CROSS JOIN generate_series(0, 1) k
  JOIN tickets t ON t.workspace_id = i.workspace_id AND t.number = ((i.number * 7 + k * 5003) % $2) + 1
 WHERE i.workspace_id = $1
ON CONFLICT DO NOTHING`;

/**
 * Adds `count` incidents with their timelines and linked tickets to the bench workspace in three
 * statements, unless it has incidents already (a reused database). `url` must bypass row-level security.
 */
export async function seedBenchIncidents(url: string, count: number, log: (message: string) => void): Promise<void> {
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ id: string; incidents: number; tickets: number; staff: string[] }>(
      `SELECT w.id, (SELECT count(*)::int FROM incidents i WHERE i.workspace_id = w.id) AS incidents, w.ticket_number AS tickets,
              ARRAY(SELECT m.user_id FROM memberships m WHERE m.workspace_id = w.id AND m.role IN ('AGENT', 'MANAGER', 'ADMIN') ORDER BY m.user_id) AS staff
         FROM workspaces w WHERE w.slug = $1`,
      [DEFAULT_WORKSPACE.slug],
    );
    const workspace = rows[0];
    if (!workspace || workspace.incidents > 0) return;
    await timed(log, `Added ${count.toLocaleString("en-US")} incidents with timelines and linked tickets`, async () => {
      await client.query("BEGIN");
      await client.query(INCIDENTS_SQL, [workspace.id, count, workspace.staff]);
      await client.query(EVENTS_SQL, [workspace.id]);
      await client.query(LINKS_SQL, [workspace.id, Math.max(1, workspace.tickets)]);
      await client.query("COMMIT");
      await client.query("VACUUM (ANALYZE) incidents, incident_events, incident_tickets");
    });
  });
}

const toQuery = (sql: Prisma.Sql): SqlQuery => ({ text: sql.text, values: sql.values });

/**
 * The incident list's first page as listIncidents reads it (the commander's name and the count of
 * linked tickets beside each row), newest declared first, with the list's filters in `where`.
 */
function incidentListSql(workspaceId: string, where: string, values: unknown[]): SqlQuery {
  return {
    text: `SELECT i.id, i.number, i.title, i.severity, i.status, i.declared_at, i.resolved_at, c.id AS commander_id, c.name AS commander_name,
                  (SELECT count(*) FROM incident_tickets it WHERE it.incident_id = i.id) AS tickets
             FROM incidents i JOIN users c ON c.id = i.commander_id
            WHERE i.workspace_id = $1::uuid ${where}
            ORDER BY i.declared_at DESC, i.id DESC
            LIMIT ${INCIDENT_PAGE_SIZE + 1}`,
    values: [workspaceId, ...values],
  };
}

const sqlOnly = (name: string, sql: () => SqlQuery, signedInAs: Scenario["signedInAs"]): Scenario =>
  ({ name, path: () => "", sql, hasPage: false, signedInAs });

/** The incident list page at `query`, against its reads in PostgreSQL alone. */
const listPage = (name: string, agent: Actor, query: string, sql: () => SqlQuery): Scenario =>
  ({ name, path: () => workspacePath(agent.workspaceSlug, `/incidents${query}`), sql, hasPage: true, signedInAs: "agent" });

/**
 * The incident list page and its reads: newest first, one status, and the dashboard's
 * drill-down (a severity declared in the last 30 days, in UTC like the bench workspace); then
 * the dashboard's two incident aggregates over 12 months.
 */
export function createIncidentScenarios(agent: Actor, manager: Actor): Scenario[] {
  const today = localToday(new Date(), "UTC");
  const scopeOf = (range: string) => resolveScope(dashboardParamsSchema.parse({ range }), today, "UTC").scope;
  const month = scopeOf("30d");
  const declaredIn = `AND i.declared_at >= ($3::date::timestamp AT TIME ZONE 'UTC') AND i.declared_at < (($4::date + 1)::timestamp AT TIME ZONE 'UTC')`;
  return [
    listPage("incidents: list, newest", agent, "", () => incidentListSql(agent.workspaceId, "", [])),
    listPage("incidents: list, monitoring", agent, "?status=MONITORING", () =>
      incidentListSql(agent.workspaceId, `AND i.status = $2::"IncidentStatus"`, ["MONITORING"])),
    listPage("incidents: list, SEV2 declared in 30 days", agent, `?severity=SEV2&declaredFrom=${month.from}&declaredTo=${month.to}`, () =>
      incidentListSql(agent.workspaceId, `AND i.severity = $2::"IncidentSeverity" ${declaredIn}`, ["SEV2", month.from, month.to])),
    sqlOnly("dashboard: incidents by severity, 12 months", () => toQuery(incidentRangeStatement(manager.workspaceId, scopeOf("12m"))), "manager"),
    sqlOnly("dashboard: open incidents now", () => toQuery(openIncidentsStatement(manager.workspaceId)), "manager"),
  ];
}
