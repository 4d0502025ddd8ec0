import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DatabasePool, DEFAULT_POOL_SETTINGS, type DatabasePoolSettings, transactionOptionsFor } from "@/lib/database-pool";

/**
 * Scripts that load, rebuild or prune in bulk (seed, bench, audit:prune) serve nobody who is
 * waiting: no statement or lock timeout, no queue limit.
 */
export const BATCH_POOL_SETTINGS: DatabasePoolSettings = {
  size: DEFAULT_POOL_SETTINGS.size,
  queueLimit: Number.POSITIVE_INFINITY,
  connectionWaitMs: 0,
  statementTimeoutMs: 0,
  lockTimeoutMs: 0,
  transactionTimeoutMs: 0,
};

/**
 * A Prisma client on the pg driver adapter over a DatabasePool. The app uses the one in
 * lib/db.ts; scripts and tests create their own for the database they manage.
 */
export function createPrismaClient(
  connectionString: string | undefined,
  settings: DatabasePoolSettings = DEFAULT_POOL_SETTINGS,
): PrismaClient {
  // No URL during `next build`: nothing connects until the first query, and the server
  // refuses to start without one (instrumentation.ts).
  const pool = new DatabasePool(connectionString, settings);
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    ...(settings.transactionTimeoutMs > 0 && { transactionOptions: transactionOptionsFor(settings) }),
  });
}
