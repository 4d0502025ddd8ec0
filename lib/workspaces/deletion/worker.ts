import "server-only";
import { startPollingLoop, type StopPollingLoop } from "@/lib/jobs/polling-loop";
import { removeDeletedWorkspaces } from "./removal";

const POLL_INTERVAL_MS = 10_000;
const MAX_BATCHES_PER_RUN = 20;

/** Removes deleted workspaces' rows in the background, checking every ~10 s (lib/jobs/polling-loop.ts). */
export function startWorkspaceRemovalWorker({ intervalMs = POLL_INTERVAL_MS }: { intervalMs?: number } = {}): StopPollingLoop {
  return startPollingLoop({
    name: "Workspace removal",
    intervalMs,
    // A run that used all its batches stopped with work left: go again at once.
    run: async (signal) => (await removeDeletedWorkspaces({ maxBatches: MAX_BATCHES_PER_RUN, signal })).batches === MAX_BATCHES_PER_RUN,
  });
}
