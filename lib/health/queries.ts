import "server-only";
import pg from "pg";

const PROBE_TIMEOUT_MS = 2_000;

// Readiness asks the database on a connection of its own: through the app's pool, a busy
// instance (every connection taken, requests queued) would look like one whose database is
// down, and a load balancer would take it out of service exactly when it is needed.
const globalForProbe = globalThis as unknown as { healthProbePool?: pg.Pool };

function probePool(connectionString: string | undefined): pg.Pool {
  if (connectionString !== process.env.DATABASE_URL) return createProbePool(connectionString);
  return (globalForProbe.healthProbePool ??= createProbePool(connectionString));
}

function createProbePool(connectionString: string | undefined): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    statement_timeout: PROBE_TIMEOUT_MS,
    application_name: `triage-health:${process.pid}`,
  });
  pool.on("error", () => undefined);
  return pool;
}

/**
 * Whether the database answers a trivial query within two seconds, on the health probe's own
 * connection (one per process, beside the app's pool).
 */
export async function isDatabaseReachable(connectionString = process.env.DATABASE_URL): Promise<boolean> {
  const pool = probePool(connectionString);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const probe = pool.query("SELECT 1").then(() => true, () => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
    if (pool !== globalForProbe.healthProbePool) void pool.end();
  }
}
