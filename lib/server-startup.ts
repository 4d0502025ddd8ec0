import { describeMissingServerConfig, findMissingServerConfig, runsBackgroundJobs } from "@/lib/server-config";

/** A misconfigured server exits with a clear message instead of answering every request with 500. */
export function exitUnlessConfigured(): void {
  // `npm start` already refused a production deployment without AUTH_URL; here NODE_ENV says
  // production for every `next start`, a local install's too.
  const missing = findMissingServerConfig(process.env, { isProductionDeployment: false });
  if (missing.length === 0) return;
  console.error(describeMissingServerConfig(missing));
  process.exit(1);
}

/** The key under which a server process finds the function that stops its background jobs. */
const STOP_BACKGROUND_JOBS = Symbol.for("triage.stopBackgroundJobs");

/**
 * Background work of a running server instance: the email outbox, due times to recalculate
 * after SLA settings changed, the dashboard's rollups and the removal of deleted workspaces. All
 * are safe with several instances.
 * Not where BACKGROUND_JOBS is off, and never during `next build`, whose workers also load the
 * instrumentation hook but must not poll the database.
 */
export async function startBackgroundJobs(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build" || !runsBackgroundJobs()) return;
  const { startEmailWorker } = await import("@/lib/email/worker");
  const { startSlaRecalculationWorker } = await import("@/lib/tickets/sla-recalculation");
  const { startRollupWorker } = await import("@/lib/dashboard/rollup");
  const { startWorkspaceRemovalWorker } = await import("@/lib/workspaces/deletion/worker");
  const { stopPollingLoops } = await import("@/lib/jobs/polling-loop");
  startEmailWorker();
  startSlaRecalculationWorker();
  startRollupWorker();
  startWorkspaceRemovalWorker();
  // scripts/server.mjs calls this while it drains on SIGTERM. A global, not an import: the server
  // script runs outside the bundle, which holds its own copy of every module.
  (globalThis as Record<symbol, unknown>)[STOP_BACKGROUND_JOBS] = stopPollingLoops;
}
