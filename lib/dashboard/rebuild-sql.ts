import { binSql } from "./histogram";
import { FRT_BIN_COLUMNS, RES_BIN_COLUMNS } from "./rollup-columns";

// The statement that rebuilds rollup days, apart from rollup.ts so that the bench can run it
// without loading the app's database client.

const binCounts = (columns: string[], binColumn: string) =>
  columns.map((column, bin) => `count(*) FILTER (WHERE ${binColumn} = ${bin}) AS ${column}`).join(",\n");

/**
 * Rebuilds the rows of the claimed days. `facts` holds one row per ticket per event on one of
 * the days: its creation, its leaving the backlog (resolution, or closing without one), its first
 * response; each is counted on the day it happened, under the ticket's dimensions now.
 */
export const REBUILD_SQL = `
WITH days AS (
  SELECT DISTINCT c.workspace_id, c.day,
         (c.day::timestamp AT TIME ZONE w.report_time_zone) AS starts,
         ((c.day + 1)::timestamp AT TIME ZONE w.report_time_zone) AS ends
    FROM unnest($1::uuid[], $2::date[]) c(workspace_id, day)
    JOIN workspaces w ON w.id = c.workspace_id
), facts AS (
  SELECT d.workspace_id, d.day, t.category_id, t.priority, t.kind, t.assignee_id,
         1 AS created, 0 AS closed, 0 AS resolved, 0 AS resolved_late, 0 AS resolved_with_due,
         0 AS resolved_reopened, 0 AS responded, 0 AS responded_late, 0 AS responded_with_due,
         NULL::float8 AS frt, NULL::float8 AS res
    FROM days d JOIN tickets t ON t.workspace_id = d.workspace_id AND t.created_at >= d.starts AND t.created_at < d.ends
  UNION ALL
  SELECT d.workspace_id, d.day, t.category_id, t.priority, t.kind, t.assignee_id,
         0, 1, 1, (t.due_at IS NOT NULL AND t.resolved_at > t.due_at)::int, (t.due_at IS NOT NULL)::int,
         (t.reopen_count > 0)::int, 0, 0, 0,
         NULL, greatest(0, extract(epoch FROM t.resolved_at - t.created_at))::float8
    FROM days d JOIN tickets t ON t.workspace_id = d.workspace_id AND t.resolved_at >= d.starts AND t.resolved_at < d.ends
  UNION ALL
  SELECT d.workspace_id, d.day, t.category_id, t.priority, t.kind, t.assignee_id,
         0, 1, 0, 0, 0, 0, 0, 0, 0, NULL, NULL
    FROM days d JOIN tickets t ON t.workspace_id = d.workspace_id AND t.closed_at >= d.starts AND t.closed_at < d.ends
   WHERE t.resolved_at IS NULL
  UNION ALL
  SELECT d.workspace_id, d.day, t.category_id, t.priority, t.kind, t.assignee_id,
         0, 0, 0, 0, 0, 0, 1,
         (t.first_response_due_at IS NOT NULL AND t.first_response_at > t.first_response_due_at)::int,
         (t.first_response_due_at IS NOT NULL)::int,
         greatest(0, extract(epoch FROM t.first_response_at - t.created_at))::float8, NULL
    FROM days d JOIN tickets t ON t.workspace_id = d.workspace_id AND t.first_response_at >= d.starts AND t.first_response_at < d.ends
)
INSERT INTO ticket_daily_stats (workspace_id, day, category_id, priority, kind, assignee_id, created, closed, resolved,
  resolved_late, resolved_with_due, resolved_reopened, responded, responded_late, responded_with_due,
  ${FRT_BIN_COLUMNS.join(", ")}, ${RES_BIN_COLUMNS.join(", ")})
SELECT workspace_id, day, category_id, priority, kind, assignee_id, sum(created), sum(closed), sum(resolved),
       sum(resolved_late), sum(resolved_with_due), sum(resolved_reopened), sum(responded), sum(responded_late),
       sum(responded_with_due),
       ${binCounts(FRT_BIN_COLUMNS, "frt_bin")},
       ${binCounts(RES_BIN_COLUMNS, "res_bin")}
  FROM (SELECT f.*, ${binSql("f.frt")} AS frt_bin, ${binSql("f.res")} AS res_bin FROM facts f) binned
 GROUP BY workspace_id, day, category_id, priority, kind, assignee_id`;

