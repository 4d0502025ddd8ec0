/**
 * How long sessions live. Idle: the cookie expires this long after the last request (each
 * request renews it, see proxy.ts). Absolute: a session ends this long after sign-in, however
 * active, and the user signs in again.
 */
function positiveNumber(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export const SESSION_IDLE_SECONDS = positiveNumber("SESSION_IDLE_HOURS", 8) * 3600;
export const SESSION_ABSOLUTE_SECONDS = positiveNumber("SESSION_MAX_DAYS", 7) * 24 * 3600;

/** Whether a session signed in at `signedInAt` (epoch seconds) has outlived its absolute lifetime. */
export function hasOutlivedAbsoluteLifetime(signedInAt: number | undefined, now = Date.now()): boolean {
  if (signedInAt === undefined) return true;
  return now / 1000 - signedInAt > SESSION_ABSOLUTE_SECONDS;
}
