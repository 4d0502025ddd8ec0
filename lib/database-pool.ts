import pg from "pg";
import { inlineScopeStatement } from "@/lib/database-scope";
import { asUnavailable, isDatabaseUnavailable } from "@/lib/database-unavailable";
import { UnavailableError } from "@/lib/errors";
import { markRequestUnavailable } from "@/lib/request-state";

/**
 * How one process uses the database. Writes queue on row locks past ~10 connections
 * (PERFORMANCE.md), so more connections would not serve more requests; what does not fit is
 * made to wait a bounded time, and past the queue's length it is refused at once (503).
 */
export type DatabasePoolSettings = {
  /** Connections this process opens at most. */
  size: number;
  /** Requests that may wait for a connection; one more is refused without waiting. */
  queueLimit: number;
  /** How long a request waits for a connection before it is refused. */
  connectionWaitMs: number;
  /** The longest a statement runs; below the transaction timeout, so no statement outlives its transaction. */
  statementTimeoutMs: number;
  /** The longest a statement waits for a row lock (the ticket counter under a write storm). */
  lockTimeoutMs: number;
  /** The longest an interactive transaction lives, and an idle one holds its locks. */
  transactionTimeoutMs: number;
};

const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

export const DEFAULT_POOL_SETTINGS: DatabasePoolSettings = {
  size: POOL_SIZE,
  queueLimit: POOL_SIZE * 5,
  connectionWaitMs: 3_000,
  statementTimeoutMs: 10_000,
  lockTimeoutMs: 5_000,
  transactionTimeoutMs: 15_000,
};

/**
 * Prisma's interactive-transaction limits that go with the pool: it waits a little longer for a
 * connection than the pool does, so the pool's clearer refusal comes first.
 */
export function transactionOptionsFor(settings: DatabasePoolSettings) {
  return { maxWait: settings.connectionWaitMs + 1_000, timeout: settings.transactionTimeoutMs };
}

function unavailable(error: unknown): unknown {
  if (isDatabaseUnavailable(error)) markRequestUnavailable();
  return asUnavailable(error);
}

const ENDING_STATEMENTS = new Set(["COMMIT", "ROLLBACK"]);

function statementText(query: unknown): string {
  if (typeof query === "string") return query;
  return typeof query === "object" && query !== null && "text" in query ? String(query.text) : "";
}

type Send = (...args: unknown[]) => Promise<unknown>;

/** What pg answers a BEGIN with, for a BEGIN held back to travel with the next statement. */
const BEGIN_RESULT = { command: "BEGIN", rowCount: null, rows: [], fields: [] };

/**
 * The statement after a held-back BEGIN: sent together with it when it is the row-level security
 * scope (lib/database-scope.ts), which every scoped statement's transaction starts with, so the
 * scope costs no round trip of its own; otherwise the BEGIN goes first.
 */
async function sendAfterBegin(send: Send, args: unknown[]): Promise<unknown> {
  const query = args[0];
  const values = typeof query === "object" && query !== null && "values" in query ? query.values : args[1];
  const scope = inlineScopeStatement(statementText(query), values);
  if (scope) {
    const results = (await send(`BEGIN; ${scope}`)) as unknown[];
    return results[results.length - 1];
  }
  await send("BEGIN");
  return send(...args);
}

/**
 * A checked-out connection that refuses every statement sent after its transaction's COMMIT or
 * ROLLBACK, or after its release. When Prisma times out an interactive transaction it queues a
 * ROLLBACK behind the statement in flight and releases the connection, while the operation that
 * sent that statement may still send the next one of its plan (a nested create's INSERT); that
 * statement would run after the rollback in autocommit, or inside whichever transaction the
 * pooled connection serves next.
 */
function guardCheckout(client: pg.PoolClient): pg.PoolClient {
  let hasEnded = false;
  let isReleased = false;
  // A BEGIN waits to be sent with the statement after it (sendAfterBegin).
  let isBeginHeld = false;
  return new Proxy(client, {
    get(target, property) {
      if (property === "release") {
        return (error?: Error | boolean) => {
          if (isReleased) return;
          isReleased = hasEnded = true;
          target.release(error);
        };
      }
      if (property === "query") {
        return (...args: unknown[]) => {
          // The transaction ran out of time (or ended) before this statement: not sent, retry later.
          if (hasEnded) return Promise.reject(new UnavailableError());
          const statement = statementText(args[0]).trim().toUpperCase();
          const send: Send = (...sent) => (target.query as Send)(...sent);
          if (statement === "BEGIN" && !isBeginHeld) {
            isBeginHeld = true;
            return Promise.resolve(BEGIN_RESULT);
          }
          if (ENDING_STATEMENTS.has(statement)) hasEnded = true;
          const held = isBeginHeld;
          isBeginHeld = false;
          // A transaction that ends before any statement never reached the server.
          if (held && ENDING_STATEMENTS.has(statement)) return Promise.resolve({ ...BEGIN_RESULT, command: statement });
          return (held ? sendAfterBegin(send, args) : send(...args)).catch((error: unknown) => {
            throw unavailable(error);
          });
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The app's connection pool: bounded waiting, per-connection timeouts, released connections that
 * cannot be used again, and every "not now" failure turned into an UnavailableError (503).
 */
export class DatabasePool extends pg.Pool {
  readonly settings: DatabasePoolSettings;

  constructor(connectionString: string | undefined, settings: DatabasePoolSettings = DEFAULT_POOL_SETTINGS) {
    super({
      connectionString,
      max: settings.size,
      connectionTimeoutMillis: settings.connectionWaitMs,
      statement_timeout: settings.statementTimeoutMs,
      lock_timeout: settings.lockTimeoutMs,
      // A process that stops mid-transaction must not hold locks for long.
      idle_in_transaction_session_timeout: settings.transactionTimeoutMs,
      application_name: `triage:${process.pid}`,
    });
    this.settings = settings;
    // An idle connection that the server closes (restart, terminate) is dropped; the next
    // checkout opens a new one. Without a listener the error would end the process.
    this.on("error", () => undefined);

    const connect = this.connect.bind(this) as (callback?: unknown) => unknown;
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    // pg's own query() checks out with a callback; only the promise forms come from our callers.
    this.connect = ((callback?: unknown) => {
      if (callback) return connect(callback);
      return this.admitted(() => (connect() as Promise<pg.PoolClient>).then(guardCheckout));
    }) as typeof this.connect;
    this.query = ((...args: unknown[]) => {
      if (typeof args.at(-1) === "function") return query(...args);
      return this.admitted(() => query(...args) as Promise<unknown>);
    }) as typeof this.query;
  }

  /** Runs `work` unless too many requests already wait for a connection; "not now" failures become UnavailableError. */
  private async admitted<T>(work: () => Promise<T>): Promise<T> {
    if (this.waitingCount >= this.settings.queueLimit) {
      markRequestUnavailable();
      throw new UnavailableError();
    }
    try {
      return await work();
    } catch (error) {
      throw unavailable(error);
    }
  }
}
