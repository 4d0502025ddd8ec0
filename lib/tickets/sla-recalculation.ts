import "server-only";
import { dbFor, transactionFor } from "@/lib/db";
import { workspaceScopes } from "@/lib/jobs/workspace-scopes";
import { startPollingLoop, type StopPollingLoop } from "@/lib/jobs/polling-loop";
import { loadSlaSettings, refreshTicketSla } from "./sla";

// Changing a workspace's SLA targets or business hours raises its SLA revision. The open tickets
// computed under an older one get their due times computed again here, in small batches in the
// background: a big workspace has a hundred thousand open tickets, far too many for the request
// that saved the settings. Resolved and closed tickets keep the due time that applied to them.

export const SLA_RECALCULATION_BATCH_SIZE = 100;

/** The open tickets of the workspace whose due times predate its SLA settings. */
export async function countTicketsAwaitingSlaRecalculation(workspaceId: string): Promise<number> {
  const [row] = await dbFor({ workspaceId }).$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM tickets t JOIN workspaces w ON w.id = t.workspace_id
     WHERE t.workspace_id = ${workspaceId}::uuid
       AND t.status IN ('NEW', 'OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER')
       AND t.sla_revision < w.sla_revision`;
  return Number(row?.count ?? 0);
}

/**
 * Recalculates one batch of one workspace's stale open tickets in one transaction. The rows are
 * claimed with SKIP LOCKED, so several server processes share the work and a ticket being
 * changed right now is left to that change, which recalculates it anyway. Returns how many were
 * done; 0 means the workspace is up to date (or the rest is locked by others).
 */
async function recalculateBatch(workspaceId: string, now: Date): Promise<number> {
  return transactionFor({ workspaceId }, async (tx) => {
    const settings = await loadSlaSettings(tx, workspaceId);
    const stale = await tx.$queryRaw<{ id: string }[]>`
      SELECT t.id FROM tickets t
       WHERE t.workspace_id = ${workspaceId}::uuid
         AND t.status IN ('NEW', 'OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER')
         AND t.sla_revision < ${settings.revision}
       LIMIT ${SLA_RECALCULATION_BATCH_SIZE}
       FOR UPDATE SKIP LOCKED`;
    for (const { id } of stale) await refreshTicketSla(tx, id, now, settings);
    return stale.length;
  });
}

/**
 * Brings every workspace's open tickets up to its SLA settings, at most `maxBatches` batches per
 * run so one run never holds a server process for long, and none after `signal` aborts (the
 * server is stopping). Returns the number of tickets done.
 */
export async function recalculateStaleSla({
  now = new Date(),
  maxBatches = 50,
  signal,
}: { now?: Date; maxBatches?: number; signal?: AbortSignal } = {}): Promise<number> {
  let done = 0;
  let batches = 0;
  for (const { workspaceId: id } of await workspaceScopes()) {
    if (!id) continue;
    // Only batches that found work count, so a workspace with none never uses up another's turn.
    while (batches < maxBatches && !signal?.aborted) {
      const count = await recalculateBatch(id, now);
      if (count === 0) break;
      batches += 1;
      done += count;
      if (count < SLA_RECALCULATION_BATCH_SIZE) break;
    }
  }
  return done;
}

const POLL_INTERVAL_MS = 10_000;

/** Recalculates stale due times in the background, checking every ~10 s (lib/jobs/polling-loop.ts). */
export function startSlaRecalculationWorker({ intervalMs = POLL_INTERVAL_MS }: { intervalMs?: number } = {}): StopPollingLoop {
  const maxBatches = 50;
  return startPollingLoop({
    name: "SLA recalculation",
    intervalMs,
    run: async (signal) => (await recalculateStaleSla({ maxBatches, signal })) === maxBatches * SLA_RECALCULATION_BATCH_SIZE,
  });
}
