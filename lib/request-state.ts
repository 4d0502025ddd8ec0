// What a request learned while it was served that its answer's status must reflect. The HTTP
// server (scripts/server.mjs) runs each request in an AsyncLocalStorage store and publishes the
// storage under this symbol; a page that fails because the database cannot serve is then
// answered 503 with Retry-After instead of Next's 500. Outside that server (tests, scripts)
// there is no store and marking does nothing.

type RequestState = { isDatabaseUnavailable: boolean };
type StateStorage = { getStore(): RequestState | undefined };

const STORAGE_KEY = Symbol.for("triage.request-state");

/** Notes that the current request failed for want of the database. */
export function markRequestUnavailable(): void {
  const storage = (globalThis as Record<symbol, StateStorage | undefined>)[STORAGE_KEY];
  const state = storage?.getStore();
  if (state) state.isDatabaseUnavailable = true;
}
