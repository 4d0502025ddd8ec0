import "server-only";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";

const ERROR_LOG_INTERVAL_MS = 60_000;

/** Stops a loop and resolves once the run it was in (if any) has ended. */
export type StopPollingLoop = () => Promise<void>;

// Kept on globalThis: in development Next re-evaluates modules, and two loops would poll twice.
const globalForLoops = globalThis as unknown as { pollingLoops?: Map<string, StopPollingLoop> };
const loops = (globalForLoops.pollingLoops ??= new Map());

export type PollingLoop = {
  /** Names the loop in logs and keeps one per process. */
  name: string;
  intervalMs: number;
  /**
   * One run of the work; true when more is waiting, so the next run starts at once. `signal`
   * aborts when the loop is stopped: a long run ends early there and gives back what it holds.
   */
  run: (signal: AbortSignal) => Promise<boolean>;
};

/**
 * Runs `run` every `intervalMs` in this process until stopped, and returns the stop function
 * (the same one when a loop of that name is already running). Runs never overlap (the next is
 * scheduled when the last ends), the timer is unref'd so it never keeps a process alive, and
 * errors (e.g. the database briefly down) are logged, at most once a minute, never thrown.
 */
export function startPollingLoop({ name, intervalMs, run }: PollingLoop): StopPollingLoop {
  const running = loops.get(name);
  if (running) return running;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let currentRun: Promise<void> = Promise.resolve();
  let lastErrorLoggedAt = 0;

  const schedule = (delay: number) => {
    if (controller.signal.aborted) return;
    timer = setTimeout(() => (currentRun = poll()), delay);
    timer.unref();
  };
  async function poll() {
    try {
      return schedule((await run(controller.signal)) ? 0 : intervalMs);
    } catch (error) {
      if (Date.now() - lastErrorLoggedAt > ERROR_LOG_INTERVAL_MS) {
        lastErrorLoggedAt = Date.now();
        // A busy or unreachable database is expected to pass: one line, no stack trace.
        if (isDatabaseUnavailable(error)) console.warn(`${name}: the database is busy or unreachable; retrying`);
        else console.error(`${name}: run failed; retrying`, error);
      }
    }
    schedule(intervalMs);
  }

  const stop = () => {
    controller.abort();
    clearTimeout(timer);
    loops.delete(name);
    return currentRun;
  };
  loops.set(name, stop);
  schedule(0);
  return stop;
}

/**
 * Stops every loop of this process and resolves when their current runs have ended: the server
 * calls it while it drains on SIGTERM (scripts/server.mjs), so no batch is cut off halfway.
 */
export async function stopPollingLoops(): Promise<void> {
  await Promise.all([...loops.values()].map((stop) => stop()));
}
