import "server-only";
import { dbFor } from "@/lib/db";
import type { ApiPrincipal } from "./auth";
import { ApiError } from "./errors";

export type RequestKind = "read" | "write";

type Counted = { count: number; reset_seconds: number; writes: number | null; counted: boolean; day: string };

/** The request's X-RateLimit-* headers, and how to give back its write should none happen. */
export type CountedRequest = { headers: Record<string, string>; releaseWrite: () => Promise<void> };

/**
 * Counts one request in PostgreSQL, so the limits hold across server instances, in one
 * statement: the key's requests in its current minute (a fixed window in rate_limits), and, if
 * that allows it, the workspace's reads or writes of the UTC day (api_usage), where a write
 * beyond the daily quota is not counted. It also notes when and from where the key was last used
 * (at most once a minute per address, to spare the row). A write is reserved before it runs, so
 * concurrent writes never exceed the quota; `releaseWrite` gives back one that did not happen.
 * Throws a 429 over either limit.
 */
export async function countApiRequest(principal: ApiPrincipal, kind: RequestKind, ip: string | null): Promise<CountedRequest> {
  const key = `api:${principal.keyId}`;
  const reads = kind === "read" ? 1 : 0;
  const writes = kind === "write" ? 1 : 0;
  const [row] = await dbFor(principal.actor).$queryRaw<Counted[]>`
    WITH minute AS (
      INSERT INTO rate_limits AS current (key, count, window_started_at, expires_at)
      VALUES (${key}, 1, now(), now() + interval '60 seconds')
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN current.expires_at <= now() THEN 1 ELSE current.count + 1 END,
        window_started_at = CASE WHEN current.expires_at <= now() THEN now() ELSE current.window_started_at END,
        expires_at = CASE WHEN current.expires_at <= now() THEN EXCLUDED.expires_at ELSE current.expires_at END
      RETURNING count, CEIL(EXTRACT(EPOCH FROM (expires_at - now())))::int AS reset_seconds
    ), usage AS (
      INSERT INTO api_usage AS used (workspace_id, day, reads, writes)
      SELECT ${principal.actor.workspaceId}::uuid, (now() AT TIME ZONE 'UTC')::date, ${reads}::int, ${writes}::int
        FROM minute WHERE minute.count <= ${principal.requestsPerMinute}
      ON CONFLICT (workspace_id, day) DO UPDATE SET reads = used.reads + EXCLUDED.reads, writes = used.writes + EXCLUDED.writes
        WHERE EXCLUDED.writes = 0 OR used.writes < ${principal.dailyWriteQuota}
      RETURNING writes
    ), last_use AS (
      -- Runs whether or not it is read: PostgreSQL executes every data-modifying WITH.
      UPDATE api_keys SET last_used_at = now(), last_used_ip = ${ip}
       WHERE id = ${principal.keyId}::uuid
         AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute' OR last_used_ip IS DISTINCT FROM ${ip})
      RETURNING 1
    )
    SELECT minute.count, minute.reset_seconds, (SELECT writes FROM usage) AS writes,
           EXISTS (SELECT 1 FROM usage) AS counted, (now() AT TIME ZONE 'UTC')::date::text AS day
      FROM minute`;
  if (!row) throw new Error("The API request counter returned no row.");
  const limit = principal.requestsPerMinute;
  const headers = {
    "X-RateLimit-Limit": String(limit),
    "X-RateLimit-Remaining": String(Math.max(0, limit - row.count)),
    "X-RateLimit-Reset": String(Math.max(1, row.reset_seconds)),
  };
  if (row.count > limit) {
    throw new ApiError("RATE_LIMITED", `This key made more than ${limit} requests this minute. Retry after the time in Retry-After.`, { limit }, {
      ...headers,
      "Retry-After": String(Math.max(1, row.reset_seconds)),
    });
  }
  if (!row.counted) {
    const untilMidnight = secondsUntilUtcMidnight(new Date());
    throw new ApiError("QUOTA_EXCEEDED", `The workspace used its ${principal.dailyWriteQuota} API writes for today (UTC).`, { quota: principal.dailyWriteQuota }, {
      ...headers,
      "Retry-After": String(untilMidnight),
    });
  }
  return { headers, releaseWrite: kind === "write" ? releaser(principal.actor.workspaceId, row.day) : async () => {} };
}

/**
 * Gives back a reserved write, once, on the day it was counted. It never throws: the request
 * already has its answer, and a lost release only costs the workspace one write of its quota.
 */
function releaser(workspaceId: string, day: string): () => Promise<void> {
  let isReleased = false;
  return async () => {
    if (isReleased) return;
    isReleased = true;
    try {
      await dbFor({ workspaceId }).$executeRaw`
        UPDATE api_usage SET writes = writes - 1
         WHERE workspace_id = ${workspaceId}::uuid AND day = ${day}::date AND writes > 0`;
    } catch (error) {
      console.error("Giving back an API write that did not happen failed", error);
    }
  };
}

function secondsUntilUtcMidnight(now: Date): number {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((midnight - now.getTime()) / 1000));
}

/** Today's (UTC) API reads and writes of the workspace, with its limits. */
export async function getApiUsage(principal: ApiPrincipal) {
  const [row] = await dbFor(principal.actor).$queryRaw<{ day: Date; reads: number; writes: number }[]>`
    SELECT (now() AT TIME ZONE 'UTC')::date AS day, coalesce(u.reads, 0) AS reads, coalesce(u.writes, 0) AS writes
      FROM (SELECT 1) one
      LEFT JOIN api_usage u ON u.workspace_id = ${principal.actor.workspaceId}::uuid AND u.day = (now() AT TIME ZONE 'UTC')::date`;
  return {
    day: row!.day.toISOString().slice(0, 10),
    reads: row!.reads,
    writes: row!.writes,
    dailyWriteQuota: principal.dailyWriteQuota,
    writesRemaining: Math.max(0, principal.dailyWriteQuota - row!.writes),
    requestsPerMinute: principal.requestsPerMinute,
  };
}
