import "server-only";
import { dbFor } from "@/lib/db";

/** When the workspace's latest ticket change happened (ms; 0 without tickets): one probe of tickets_queue_idx. */
async function latestTicketActivity(workspaceId: string): Promise<number> {
  const [latest] = await dbFor({ workspaceId }).$queryRaw<{ at: Date | null }[]>`
    SELECT max(t.updated_at) AS at FROM tickets t WHERE t.workspace_id = ${workspaceId}::uuid`;
  return latest?.at?.getTime() ?? 0;
}

type Remembered<T> = { activityAt: number; computedAt: number; value: T };

/**
 * A per-process memory for figures that are costly to compute over a workspace's tickets (queue
 * counts, the dashboard): a value is reused while the workspace's latest ticket change is the
 * same (checked on every read, so a change made through any server process shows at once) and
 * for at most `reuseMs`, since clocks alone move such figures too (a ticket turning overdue).
 */
export function createActivityReuse<T>({ reuseMs, maxEntries }: { reuseMs: number; maxEntries: number }) {
  const remembered = new Map<string, Remembered<T>>();

  const remember = (key: string, entry: Remembered<T>) => {
    if (remembered.size >= maxEntries) {
      for (const [oldKey, old] of remembered) if (entry.computedAt - old.computedAt >= reuseMs) remembered.delete(oldKey);
      // Still full of fresh entries: drop the oldest.
      if (remembered.size >= maxEntries) remembered.delete(remembered.keys().next().value!);
    }
    remembered.set(key, entry);
  };

  /**
   * The value for `key` within the workspace (keys are kept per workspace, so one workspace never
   * gets another's): reused when still valid (and `isReusable` agrees), else computed.
   */
  return async function reuse(
    workspaceId: string,
    key: string,
    now: number,
    compute: () => Promise<T>,
    isReusable: (value: T) => boolean = () => true,
  ): Promise<T> {
    const activityAt = await latestTicketActivity(workspaceId);
    const entryKey = `${workspaceId}/${key}`;
    const hit = remembered.get(entryKey);
    if (hit && hit.activityAt === activityAt && now - hit.computedAt < reuseMs && isReusable(hit.value)) return hit.value;
    const value = await compute();
    remember(entryKey, { activityAt, computedAt: now, value });
    return value;
  };
}
