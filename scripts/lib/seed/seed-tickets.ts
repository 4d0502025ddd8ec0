import pg from "pg";
import type { Directory } from "./directory";
import { createTicketGenerator } from "./generate";
import { createIndexes, dropIndexes, listDroppableIndexes } from "./indexes";
import { loadTickets, type LoadResult } from "./load";

/**
 * From this many tickets on, dropping and rebuilding the indexes beats maintaining them, as long
 * as the load at least doubles the table: a rebuild sorts the rows already there too.
 */
export const BULK_THRESHOLD = 50_000;
const TABLES = ["tickets", "comments", "ticket_events"] as const;
const STREAMS = 2;

export type SeedTicketsOptions = {
  url: string;
  directory: Directory;
  total: number;
  seed: number;
  signal?: AbortSignal;
  log: (message: string) => void;
};

/** Measures a phase and logs how long it took. */
export async function timed<T>(log: (message: string) => void, label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Fresh statistics, so the planner knows the tables' new size at once, and a visibility map,
 * so counts can use index-only scans and the first reads need not set hint bits on every page.
 * One session per table, in parallel (VACUUM cannot run in a transaction or on a pool).
 */
async function vacuumAnalyze(url: string): Promise<void> {
  await Promise.all(
    TABLES.map(async (table) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`VACUUM (ANALYZE) ${table}`);
      } finally {
        await client.end();
      }
    }),
  );
}

/** The planner's row estimate: instant, and exact enough to compare with the load's size. */
async function estimateTicketCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ estimate: number }>(
    "SELECT reltuples::float8 AS estimate FROM pg_class WHERE oid = 'tickets'::regclass",
  );
  return Math.max(0, rows[0]?.estimate ?? 0);
}

/**
 * Takes `count` ticket numbers in one statement, so they follow the workspace's existing
 * tickets and no ticket created meanwhile by the app can get one of them. Returns the first.
 */
async function reserveTicketNumbers(client: pg.Client, workspaceId: string, count: number): Promise<number> {
  const { rows } = await client.query<{ ticket_number: number }>(
    "UPDATE workspaces SET ticket_number = ticket_number + $1 WHERE id = $2 RETURNING ticket_number",
    [count, workspaceId],
  );
  return rows[0]!.ticket_number - count + 1;
}

/**
 * Adds `total` generated tickets with their comments and events. Large loads drop the secondary
 * indexes of the three tables first and rebuild them afterwards, also when the load fails or is interrupted.
 */
export async function seedTickets(options: SeedTicketsOptions): Promise<LoadResult> {
  const { url, directory, total, log } = options;
  options.signal?.throwIfAborted();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const firstNumber = await reserveTicketNumbers(admin, directory.workspaceId, total);
    const generate = createTicketGenerator({ ...directory, seed: options.seed, now: Date.now(), total, firstNumber });
    const isBulk = total >= BULK_THRESHOLD && total >= (await estimateTicketCount(admin));
    const indexes = isBulk ? await listDroppableIndexes(admin, TABLES) : [];
    if (indexes.length > 0) {
      await timed(log, `Dropped ${indexes.length} indexes`, () => dropIndexes(admin, indexes));
    }
    let reportedTenths = 0;
    let result: LoadResult;
    try {
      result = await timed(log, "Loaded tickets, comments and events", () =>
        loadTickets({
          url,
          workspaceId: directory.workspaceId,
          total,
          streams: STREAMS,
          generate,
          signal: options.signal,
          onChunkDone: (loaded) => {
            const tenths = Math.floor((loaded * 10) / total);
            if (tenths <= reportedTenths || total < BULK_THRESHOLD) return;
            reportedTenths = tenths;
            log(`  ${loaded.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} tickets`);
          },
        }),
      );
    } finally {
      if (indexes.length > 0) {
        await timed(log, `Rebuilt ${indexes.length} indexes`, () => createIndexes(url, indexes, STREAMS));
      }
    }
    await timed(log, "Vacuumed and analyzed", () => vacuumAnalyze(url));
    log(`Tickets #${firstNumber}–#${firstNumber + total - 1}`);
    return result;
  } finally {
    await admin.end();
  }
}
