import "server-only";

const ERROR_LOG_INTERVAL_MS = 60_000;
// Kept on globalThis: in development Next re-evaluates modules, and two loops would poll twice.
const globalForLoops = globalThis as unknown as { pollingLoops?: Map<string, () => void> };
const loops = (globalForLoops.pollingLoops ??= new Map());

export type PollingLoop = {
  /** Names the loop in logs and keeps one per process. */
  name: string;
  intervalMs: number;
  /** One run of the work; true when more is waiting, so the next run starts at once. */
  run: () => Promise<boolean>;
};

/**
 * Runs `run` every `intervalMs` in this process until stopped, and returns the stop function
 * (the same one when a loop of that name is already running). Runs never overlap (the next is
 * scheduled when the last ends), the timer is unref'd so it never keeps a process alive, and
 * errors (e.g. the database briefly down) are logged, at most once a minute, never thrown.
 */
export function startPollingLoop({ name, intervalMs, run }: PollingLoop): () => void {
  const running = loops.get(name);
  if (running) return running;
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastErrorLoggedAt = 0;

  const schedule = (delay: number) => {
    if (isStopped) return;
    timer = setTimeout(poll, delay);
    timer.unref();
  };
  async function poll() {
    try {
      return schedule((await run()) ? 0 : intervalMs);
    } catch (error) {
      if (Date.now() - lastErrorLoggedAt > ERROR_LOG_INTERVAL_MS) {
        lastErrorLoggedAt = Date.now();
        console.error(`${name}: run failed; retrying`, error);
      }
    }
    schedule(intervalMs);
  }

  const stop = () => {
    isStopped = true;
    clearTimeout(timer);
    loops.delete(name);
  };
  loops.set(name, stop);
  schedule(0);
  return stop;
}
