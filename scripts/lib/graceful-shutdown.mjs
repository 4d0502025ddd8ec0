// How a server process stops on SIGTERM or SIGINT (what `docker stop`, systemd and Ctrl-C send):
// it drains instead of dropping the requests it is serving. Plain JavaScript for scripts/server.mjs.

/** How long in-flight requests and background batches get before the process stops anyway. */
export const DRAIN_TIMEOUT_MS = 10_000;

// lib/server-startup.ts puts the function that stops the background jobs here.
const STOP_BACKGROUND_JOBS = Symbol.for("triage.stopBackgroundJobs");

/** Resolves whenever no request is in flight; counts requests from their arrival to their end. */
function trackRequests(server) {
  let inFlight = 0;
  let onIdle = () => {};
  server.on("request", (_request, response) => {
    inFlight += 1;
    response.once("close", () => {
      inFlight -= 1;
      if (inFlight === 0) onIdle();
    });
  });
  return () => new Promise((resolve) => (inFlight === 0 ? resolve() : (onIdle = resolve)));
}

/**
 * On the first SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish
 * (answering with `Connection: close`, see scripts/server.mjs), stop the background jobs after
 * their current batch, close the connections left (idle keep-alive, or still busy after
 * `timeoutMs`), and exit 0. Only requests are waited for, not sockets: an idle keep-alive or an
 * upgraded connection (the dev server's hot reload) must not hold the process. Repeated signals
 * change nothing: a terminal's Ctrl-C reaches this process both directly and through its parent.
 */
export function drainOnSignals(server, { timeoutMs = DRAIN_TIMEOUT_MS } = {}) {
  const requestsFinished = trackRequests(server);
  let isDraining = false;
  const drain = async (signal) => {
    if (isDraining) return;
    isDraining = true;
    console.log(`${signal}: finishing the requests in flight, then stopping (at most ${timeoutMs / 1000} s).`);
    server.close();
    const stopBackgroundJobs = globalThis[STOP_BACKGROUND_JOBS];
    const stopJobs = stopBackgroundJobs ? stopBackgroundJobs().then(() => console.log("Background jobs stopped.")) : Promise.resolve();
    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
    const hasTimedOut = await Promise.race([Promise.all([requestsFinished(), stopJobs]).then(() => false), timedOut]);
    clearTimeout(timer);
    if (hasTimedOut) console.warn(`Still busy after ${timeoutMs / 1000} s: closing the remaining connections.`);
    server.closeAllConnections();
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
