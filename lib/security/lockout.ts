import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { positiveIntegerFromEnv } from "./env";

export type LockoutSettings = { afterFailures: number; lockMinutes: number };

let settings: LockoutSettings | undefined;

/** LOCKOUT_AFTER_FAILURES (default 5) and LOCKOUT_MINUTES (default 15), parsed once. */
export function getLockoutSettings(): LockoutSettings {
  settings ??= {
    afterFailures: positiveIntegerFromEnv("LOCKOUT_AFTER_FAILURES", 5),
    lockMinutes: positiveIntegerFromEnv("LOCKOUT_MINUTES", 15),
  };
  return settings;
}

export function isLocked(lockedUntil: Date | null, now = new Date()): lockedUntil is Date {
  return lockedUntil !== null && lockedUntil > now;
}

export type FailureCount = { failedLoginCount: number; lockedUntil: Date | null; hasJustLocked: boolean };

/**
 * Counts one failed sign-in for a user in a single statement, so parallel failures cannot lose
 * an increment, and locks the account when the count reaches the threshold. A lock that has
 * already expired starts a fresh count: after waiting it out the user gets the full number of
 * tries again, and an attacker gets no more than that per lock period. Callers skip it while
 * the account is locked, so failures during a lock cannot extend it indefinitely.
 */
export async function countFailedSignIn(
  tx: Prisma.TransactionClient,
  userId: string,
  { afterFailures, lockMinutes }: LockoutSettings = getLockoutSettings(),
): Promise<FailureCount> {
  const [row] = await tx.$queryRaw<{ failed_login_count: number; locked_until: Date | null; has_just_locked: boolean }[]>`
    WITH next AS (
      SELECT id, locked_until AS previous_lock,
        CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_login_count + 1 END AS count
      FROM users WHERE id = ${userId}::uuid FOR NO KEY UPDATE
    )
    UPDATE users SET
      failed_login_count = next.count,
      locked_until = CASE
        WHEN next.count >= ${afterFailures}::int THEN now() + make_interval(mins => ${lockMinutes}::int)
        WHEN next.previous_lock <= now() THEN NULL
        ELSE next.previous_lock END
    FROM next WHERE users.id = next.id
    RETURNING users.failed_login_count, users.locked_until,
      (next.count >= ${afterFailures}::int
        AND (next.previous_lock IS NULL OR next.previous_lock <= now())) AS has_just_locked`;
  if (!row) throw new Error(`No user ${userId} to count a failed sign-in for.`);
  return { failedLoginCount: row.failed_login_count, lockedUntil: row.locked_until, hasJustLocked: row.has_just_locked };
}
