// How a server process stops on SIGTERM or SIGINT (what `docker stop`, systemd and Ctrl-C send):
// it drains instead of dropping the requests it is serving. Plain JavaScript for scripts/server.mjs.

/** How long in-flight requests and background batches get before the process stops anyway. */
export const DRAIN_TIMEOUT_MS = 10_000;
const IDLE_SWEEP_MS = 100;

// lib/server-startup.ts puts the function that stops the background jobs here.
const STOP_BACKGROUND_JOBS = Symbol.for("triage.stopBackgroundJobs");

/**
 * On the first SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish
 * (closing each keep-alive connection as it falls idle, and answering with `Connection: close`),
 * stop the background jobs after their current batch, then exit 0. After `timeoutMs` the
 * remaining connections are cut and the process exits all the same. Repeated signals change
 * nothing: a terminal's Ctrl-C reaches this process both directly and through its parent.
 */
export function drainOnSignals(server, { timeoutMs = DRAIN_TIMEOUT_MS } = {}) {
  let isDraining = false;
  const drain = async (signal) => {
    if (isDraining) return;
    isDraining = true;
    console.log(`${signal}: finishing the requests in flight, then stopping (at most ${timeoutMs / 1000} s).`);
    const closed = new Promise((resolve) => server.close(resolve));
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const stopJobs = globalThis[STOP_BACKGROUND_JOBS]?.() ?? Promise.resolve();
    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
    const hasTimedOut = await Promise.race([Promise.all([closed, stopJobs]).then(() => false), timedOut]);
    clearInterval(sweep);
    clearTimeout(timer);
    if (hasTimedOut) {
      console.warn(`Still busy after ${timeoutMs / 1000} s: closing the remaining connections.`);
      server.closeAllConnections();
    }
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void drain(signal));
  return { isDraining: () => isDraining };
}

/** Exits with a clear message when the server cannot listen (e.g. the port is taken). */
export function exitOnListenError(server, port) {
  server.once("error", (error) => {
    const reason =
      error.code === "EADDRINUSE"
        ? `port ${port} is already in use (another Triage, or another program). Stop it, or set PORT to a free port.`
        : error.code === "EACCES"
          ? `port ${port} needs privileges this process lacks. Use a port above 1023, or a proxy in front.`
          : error.message;
    console.error(`Triage cannot listen: ${reason}`);
    process.exit(1);
  });
}
