// Preloaded into Prisma CLI commands: its Wasm schema engine and pg's pool leave timers of
// several seconds pending after the work is done, which keeps the process alive ~10 s for
// nothing. Unref'd timers still fire while the process has other work.
const LONG_TIMER_MS = 2_000;
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, delay, ...args) {
  const timer = originalSetTimeout(callback, delay, ...args);
  if (typeof delay === "number" && delay >= LONG_TIMER_MS && typeof timer?.unref === "function") {
    timer.unref();
  }
  return timer;
};
