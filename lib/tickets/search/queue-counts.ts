import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import { createActivityReuse } from "../activity-reuse";
import { queueCountsStatement } from "./statements";

export type QueueCounts = Record<"unassigned" | "mine" | "open" | "waiting" | "overdue" | "resolved", number>;

/**
 * How long a process reuses a staff member's counts while no ticket of the workspace has changed.
 * Only clocks move the counts meanwhile (a ticket turning overdue, one leaving the 7-day window).
 */
export const QUEUE_COUNTS_REUSE_MS = 10_000;
const reuseQueueCounts = createActivityReuse<QueueCounts>({ reuseMs: QUEUE_COUNTS_REUSE_MS, maxEntries: 5_000 });

async function computeQueueCounts(actor: Actor): Promise<QueueCounts> {
  const [row] = await dbFor(actor).$queryRaw<Record<keyof QueueCounts, bigint>[]>(queueCountsStatement(actor));
  return {
    unassigned: Number(row?.unassigned ?? 0),
    mine: Number(row?.mine ?? 0),
    open: Number(row?.open ?? 0),
    waiting: Number(row?.waiting ?? 0),
    overdue: Number(row?.overdue ?? 0),
    resolved: Number(row?.resolved ?? 0),
  };
}

/**
 * Queue badge counts for staff; null for clients, who see no queues. Counting a large workspace's
 * open tickets costs tens of milliseconds of PostgreSQL on every list page, so a process reuses
 * the counts it computed for this staff member while the workspace's latest ticket activity is
 * unchanged (one index probe on `tickets_queue_idx`, checked every time, so a change made through
 * any server process shows at once) and for at most QUEUE_COUNTS_REUSE_MS.
 */
export const countQueues = cache(async (actor: Actor): Promise<QueueCounts | null> => {
  if (!can(actor, "tickets.read_all")) return null;
  return reuseQueueCounts(actor.workspaceId, actor.userId, Date.now(), () => computeQueueCounts(actor));
});
