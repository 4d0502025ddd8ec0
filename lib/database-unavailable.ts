import { UnavailableError } from "@/lib/errors";

// Failures that say "not now" rather than "wrong": the server is down, restarting, out of
// connections, or this request waited too long for a connection, a lock or its statement. The
// same request may succeed in a few seconds, so they are answered 503 with Retry-After, never 500.

/** SQLSTATEs of a database that cannot take the request now (PostgreSQL appendix A). */
const UNAVAILABLE_SQLSTATES = new Set([
  "53000", // insufficient_resources
  "53300", // too_many_connections
  "55P03", // lock_not_available: lock_timeout
  "57014", // query_canceled: statement_timeout
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or in recovery
]);

/** Socket errors of a server that went away or never answered. */
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);

/** pg's own messages for a connection it could not get or lost (it gives them no code). */
const UNAVAILABLE_DRIVER_MESSAGES = [
  "timeout exceeded when trying to connect",
  "Connection terminated",
  "Client has encountered a connection error",
];

/**
 * Prisma's codes for an unreachable server, a lost connection and transactions out of time, and
 * UnavailableError's own: Prisma wraps what the pool throws in its own error but keeps the code.
 */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "UNAVAILABLE"]);

/** Prisma's driver-adapter error kinds for the same. */
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "TooManyConnections", "ConnectionClosed", "SocketTimeout"]);

type ErrorFields = { code?: unknown; message?: unknown; kind?: unknown; originalCode?: unknown; meta?: unknown; cause?: unknown };

function isUnavailableFailure(value: ErrorFields): boolean {
  const code = typeof value.code === "string" ? value.code : undefined;
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code))) return true;
  if (code?.startsWith("08")) return true; // connection_exception class
  if (typeof value.originalCode === "string" && UNAVAILABLE_SQLSTATES.has(value.originalCode)) return true;
  if (typeof value.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(value.kind)) return true;
  const message = typeof value.message === "string" ? value.message : "";
  return UNAVAILABLE_DRIVER_MESSAGES.some((known) => message.startsWith(known));
}

/**
 * Whether `error` (a pg error, a Prisma error wrapping a driver-adapter error, or one of ours)
 * means the database cannot serve this request now. Looks through `cause` and Prisma's `meta`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof UnavailableError) return true;
    const fields = value as ErrorFields;
    if (isUnavailableFailure(fields)) return true;
    pending.push(fields.cause, (fields.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
  }
  return false;
}

/** `error` as an UnavailableError when the database could not serve; otherwise unchanged. */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof UnavailableError || !isDatabaseUnavailable(error)) return error;
  return new UnavailableError({ cause: error });
}
