// Several server processes on one port (node:cluster): Node renders pages on one core, so one
// process leaves the others idle. The web tier keeps no state of its own (sessions are cookies,
// throttles, jobs and caches of record are in PostgreSQL), so workers need no coordination.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

/**
 * Without WEB_CONCURRENCY, processes stop at four however many cores: each holds a Next server
 * (a few hundred MB) and DATABASE_POOL_SIZE connections, and PostgreSQL allows 100 by default.
 */
export const DEFAULT_MAX_PROCESSES = 4;

/** WEB_CONCURRENCY, or one process per core (at most four) in production, and one in development. */
export function webConcurrency(env, isDev) {
  if (isDev) return 1;
  const configured = Number(env.WEB_CONCURRENCY);
  return Number.isInteger(configured) && configured > 0 ? configured : Math.min(availableParallelism(), DEFAULT_MAX_PROCESSES);
}

/**
 * In the primary process: forks `count` workers, forwards SIGINT/SIGTERM to them (each drains, see
 * graceful-shutdown.mjs), and exits when they have, with the first failure's code. A worker that
 * dies after it started serving is replaced; one that dies before (missing configuration, a port
 * in use) would only die again, so everything stops with its code.
 */
export function superviseWorkers(count, port) {
  let listening = 0;
  let stopping = false;
  const served = new Set();
  cluster.on("listening", (worker) => {
    served.add(worker.id);
    listening += 1;
    if (listening === count) console.log(`Triage is ready on http://localhost:${port} (${count} processes)`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (code !== 0 && !process.exitCode) process.exitCode = code ?? 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    if (served.has(worker.id)) {
      console.error(`A server process stopped (${signal ?? `exit ${code}`}); starting another.`);
      cluster.fork();
      return;
    }
    stopping = true;
    for (const other of Object.values(cluster.workers ?? {})) other?.kill();
    process.exitCode = code || 1;
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      // The signal itself, not worker.kill(), which first waits for every connection to close.
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
  for (let index = 0; index < count; index += 1) cluster.fork();
}
