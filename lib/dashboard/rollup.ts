import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { dbFor, transactionFor } from "@/lib/db";
import { startPollingLoop, type StopPollingLoop } from "@/lib/jobs/polling-loop";
import { workspaceScopes } from "@/lib/jobs/workspace-scopes";
import { REBUILD_SQL } from "./rebuild-sql";

// The dashboard reads ticket_daily_stats, one row per workspace, report day and ticket
// dimensions. Triggers on tickets queue the days a change touches in dashboard_refreshes, in the
// change's own transaction; refreshRollups claims queued days and rebuilds them from tickets.
//
// Why this is correct under concurrent changes: a change's queue row commits with the change.
// A refresh claims (deletes) only rows it can see, so only changes that committed before it, and
// reads tickets afterwards, in a later statement with a newer snapshot, so it sees every one of
// them. A change committing after the claim left its own queue row, which the next refresh takes.
// Two refreshes of one day are serialised by a transaction lock on (workspace, day), taken in
// a fixed order; the second then reads tickets after the first committed and rebuilds the day again.

export const REFRESH_BATCH_DAYS = 31;
const POLL_INTERVAL_MS = 10_000;


type ClaimedDay = { workspace_id: string; day: Date };

/**
 * Claims up to about `batchDays` queued days of one workspace and rebuilds them in one
 * transaction. Returns the number of distinct days rebuilt; 0 when nothing was queued.
 */
async function refreshBatch(workspaceId: string, batchDays: number): Promise<number> {
  return transactionFor({ workspaceId }, async (tx) => {
    // A batch of 31 days at a million tickets takes seconds: more than a request's statement.
    await tx.$executeRaw`SET LOCAL statement_timeout = '55s'`;
    const claimed = await tx.$queryRaw<ClaimedDay[]>`
      WITH picked AS (
        SELECT id FROM dashboard_refreshes
         WHERE workspace_id = ${workspaceId}::uuid
         ORDER BY id LIMIT ${batchDays * 4}
         FOR UPDATE SKIP LOCKED)
      DELETE FROM dashboard_refreshes r USING picked WHERE r.id = picked.id
      RETURNING r.workspace_id, r.day`;
    const days = uniqueDays(claimed);
    if (days.length === 0) return 0;
    const workspaceIds = days.map((d) => d.workspace_id);
    const dates = days.map((d) => d.day.toISOString().slice(0, 10));
    await tx.$executeRaw`
      SELECT pg_advisory_xact_lock(hashtextextended(k.workspace_id::text || k.day::text, 0))
        FROM unnest(${workspaceIds}::uuid[], ${dates}::date[]) k(workspace_id, day)
       ORDER BY k.workspace_id, k.day`;
    await tx.$executeRaw`
      DELETE FROM ticket_daily_stats s
       USING unnest(${workspaceIds}::uuid[], ${dates}::date[]) k(workspace_id, day)
       WHERE s.workspace_id = k.workspace_id AND s.day = k.day`;
    await tx.$executeRawUnsafe(REBUILD_SQL, workspaceIds, dates);
    return days.length;
  }, { timeout: 60_000 });
}

function uniqueDays(claimed: ClaimedDay[]): ClaimedDay[] {
  const byKey = new Map<string, ClaimedDay>();
  for (const row of claimed) byKey.set(`${row.workspace_id}/${row.day.toISOString()}`, row);
  return [...byKey.values()].sort((a, b) =>
    a.workspace_id.localeCompare(b.workspace_id) || a.day.getTime() - b.day.getTime());
}

/**
 * Rebuilds queued days until none are left or `maxBatches` batches ran; with a workspace, only
 * its days (the dashboard does this before it reads, so what it shows includes every change
 * committed before the page was asked for). Returns the number of days rebuilt.
 */
export async function refreshRollups({
  workspaceId = null,
  maxBatches = 10,
  batchDays = REFRESH_BATCH_DAYS,
  signal,
}: { workspaceId?: string | null; maxBatches?: number; batchDays?: number; signal?: AbortSignal } = {}): Promise<number> {
  const workspaceIds = workspaceId ? [workspaceId] : (await workspaceScopes()).flatMap((scope) => scope.workspaceId ?? []);
  let rebuilt = 0;
  let batches = 0;
  // A stopping server (`signal` aborted) ends after the batch in progress; the queue keeps the rest.
  for (const id of workspaceIds) {
    while (batches < maxBatches && !signal?.aborted) {
      const days = await refreshBatch(id, batchDays);
      if (days === 0) break;
      batches += 1;
      rebuilt += days;
    }
  }
  return rebuilt;
}

/** Days still queued for the workspace: a large rebuild (a new report zone) shows as progress. */
export async function countQueuedDays(workspaceId: string): Promise<number> {
  const [row] = await dbFor({ workspaceId }).$queryRaw<{ count: bigint }[]>(Prisma.sql`
    SELECT count(DISTINCT day) AS count FROM dashboard_refreshes WHERE workspace_id = ${workspaceId}::uuid`);
  return Number(row?.count ?? 0);
}

/** Keeps every workspace's rollups current in the background, in every server process. */
export function startRollupWorker(): StopPollingLoop {
  return startPollingLoop({
    name: "dashboard-rollups",
    intervalMs: POLL_INTERVAL_MS,
    run: async (signal) => (await refreshRollups({ maxBatches: 5, signal })) > 0,
  });
}
