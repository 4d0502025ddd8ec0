import "server-only";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { minutesUntilRetry } from "./retry-minutes";

export type RateLimitPolicy = { limit: number; windowSeconds: number };

export type RateLimitResult = {
  allowed: boolean;
  /** Requests left in the current window after this one. */
  remaining: number;
  /** Seconds until the window resets; 0 while allowed. */
  retryAfterSeconds: number;
};

type RateLimitClient = PrismaClient | Prisma.TransactionClient;

// One in this many calls also deletes expired counters: cleanup needs no scheduler, and its cost
// (an indexed delete) is spread so thinly that no request notices it.
const CLEANUP_ONE_IN = 100;

/**
 * Counts one request against `key` in a fixed window shared by every app instance. The whole
 * decision is one atomic upsert, so concurrent requests (on any instance) can never both take
 * the last slot; an expired window starts over at 1 in the same statement.
 */
export async function consumeRateLimit(
  key: string,
  { limit, windowSeconds }: RateLimitPolicy,
  client: RateLimitClient = db,
): Promise<RateLimitResult> {
  const [row] = await client.$queryRaw<{ count: number; retry_after_seconds: number }[]>`
    INSERT INTO rate_limits AS current (key, count, window_started_at, expires_at)
    VALUES (${key}, 1, now(), now() + make_interval(secs => ${windowSeconds}::int))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN current.expires_at <= now() THEN 1 ELSE current.count + 1 END,
      window_started_at = CASE WHEN current.expires_at <= now() THEN now() ELSE current.window_started_at END,
      expires_at = CASE WHEN current.expires_at <= now() THEN EXCLUDED.expires_at ELSE current.expires_at END
    RETURNING count, CEIL(EXTRACT(EPOCH FROM (expires_at - now())))::int AS retry_after_seconds`;
  if (!row) throw new Error(`Rate limit upsert for ${key} returned no row.`);

  if (Math.floor(Math.random() * CLEANUP_ONE_IN) === 0) await deleteExpiredRateLimits(client);

  const allowed = row.count <= limit;
  return {
    allowed,
    remaining: Math.max(0, limit - row.count),
    retryAfterSeconds: allowed ? 0 : Math.max(1, row.retry_after_seconds),
  };
}

/**
 * Gives back one request counted in the current window, for requests that turned out to be
 * legitimate (a successful sign-in), so that many people behind one address are not throttled.
 */
export async function refundRateLimit(key: string, client: RateLimitClient = db): Promise<void> {
  await client.$executeRaw`
    UPDATE rate_limits SET count = GREATEST(count - 1, 0) WHERE key = ${key} AND expires_at > now()`;
}

/** Deletes counters whose window has ended; returns how many. */
export async function deleteExpiredRateLimits(client: RateLimitClient = db): Promise<number> {
  return client.$executeRaw`DELETE FROM rate_limits WHERE expires_at <= now()`;
}

/** The error for a refused request, naming the wait: "Too many attempts. Try again in 3 minutes." */
export function tooManyRequestsError(retryAfterSeconds: number, what = "attempts"): RateLimitedError {
  const minutes = minutesUntilRetry(retryAfterSeconds);
  return new RateLimitedError(
    `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    retryAfterSeconds,
  );
}

/**
 * Counts a request and throws RateLimitedError when over the limit: actions show its message,
 * and API handlers answer it with HTTP 429 and Retry-After.
 */
export async function enforceRateLimit(key: string, policy: RateLimitPolicy, what = "attempts"): Promise<void> {
  const { allowed, retryAfterSeconds } = await consumeRateLimit(key, policy);
  if (!allowed) throw tooManyRequestsError(retryAfterSeconds, what);
}
