import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import {
  COMMENT_COLUMNS,
  commentLine,
  copyStatement,
  EVENT_COLUMNS,
  eventLine,
  TICKET_COLUMNS,
  ticketLine,
} from "./copy-format";
import type { GeneratedTicket } from "./generate";

/** Tickets per COPY statement: big enough to amortise a commit, small enough to hold its comments and events. */
const CHUNK_SIZE = 25_000;
/**
 * Tickets per write (a few milliseconds of generating). Together with a stream buffer of one
 * batch this keeps the event loop free: the other stream is fed meanwhile, and a Ctrl-C is seen
 * at once (tsx SIGKILLs a child that does not acknowledge a signal within 30 ms).
 */
const BATCH_SIZE = 250;
const batchStream = (batches: Iterable<string>) => Readable.from(batches, { highWaterMark: 1 });

export type LoadOptions = {
  url: string;
  workspaceId: string;
  total: number;
  /** Parallel connections, each loading whole chunks. */
  streams: number;
  generate: (index: number) => GeneratedTicket;
  signal?: AbortSignal;
  onChunkDone?: (ticketsLoaded: number) => void;
};

export type LoadResult = { tickets: number; comments: number; events: number };

/**
 * Streams generated tickets, their comments and their events into PostgreSQL with COPY, never
 * holding more than one chunk per stream in memory. Each stream loads a chunk's tickets, then its
 * comments and events, on the same connection: both reference their ticket, and the foreign key
 * check only sees tickets that are committed or written by the same session.
 */
export async function loadTickets(options: LoadOptions): Promise<LoadResult> {
  const chunkSize = Math.min(CHUNK_SIZE, Math.ceil(options.total / options.streams));
  let nextStart = 0;
  const takeChunk = (): [number, number] | null => {
    if (nextStart >= options.total) return null;
    const start = nextStart;
    nextStart = Math.min(options.total, start + chunkSize);
    return [start, nextStart];
  };
  const result: LoadResult = { tickets: 0, comments: 0, events: 0 };
  const streamCount = Math.min(options.streams, Math.ceil(options.total / chunkSize));
  // When one stream fails the others stop too, and all have ended before this returns: the
  // caller rebuilds indexes next, which must not race a COPY still running.
  const failed = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, failed.signal]) : failed.signal;
  const streams = Array.from({ length: streamCount }, () =>
    runStream({ ...options, signal }, takeChunk, result).catch((error: unknown) => {
      failed.abort(error);
      throw error;
    }),
  );
  const outcomes = await Promise.allSettled(streams);
  for (const outcome of outcomes) if (outcome.status === "rejected") throw outcome.reason;
  return result;
}

async function runStream(
  options: LoadOptions,
  takeChunk: () => [number, number] | null,
  result: LoadResult,
): Promise<void> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    // Each chunk commits on its own; waiting for the WAL flush each time buys a demo nothing.
    await client.query("SET synchronous_commit = off");
    for (let chunk = takeChunk(); chunk !== null; chunk = takeChunk()) {
      const later: LaterBatches = { comments: [], events: [] };
      const ticketBatches = generateBatches(options, chunk, later, result);
      await pipeline(batchStream(ticketBatches), client.query(copyFrom(copyStatement("tickets", TICKET_COLUMNS))));
      await pipeline(batchStream(drain(later.comments)), client.query(copyFrom(copyStatement("comments", COMMENT_COLUMNS))));
      await pipeline(batchStream(drain(later.events)), client.query(copyFrom(copyStatement("ticket_events", EVENT_COLUMNS))));
      result.tickets += chunk[1] - chunk[0];
      options.onChunkDone?.(result.tickets);
    }
  } finally {
    await client.end();
  }
}

/** Lines of the rows that reference the chunk's tickets, loaded once the tickets are in. */
type LaterBatches = { comments: string[]; events: string[] };

/** Yields ticket lines batch by batch and keeps the matching comment and event lines for after. */
function* generateBatches(
  options: LoadOptions,
  [start, end]: [number, number],
  later: LaterBatches,
  result: LoadResult,
): Generator<string> {
  for (let batchStart = start; batchStart < end; batchStart += BATCH_SIZE) {
    options.signal?.throwIfAborted();
    let tickets = "";
    let comments = "";
    let events = "";
    for (let index = batchStart; index < Math.min(end, batchStart + BATCH_SIZE); index++) {
      const generated = options.generate(index);
      tickets += ticketLine(options.workspaceId, generated.ticket);
      for (const comment of generated.comments) comments += commentLine(options.workspaceId, comment);
      for (const event of generated.events) events += eventLine(options.workspaceId, event);
      result.comments += generated.comments.length;
      result.events += generated.events.length;
    }
    later.comments.push(comments);
    later.events.push(events);
    yield tickets;
  }
}

/** Yields and forgets each batch, so the memory goes as soon as COPY has taken it. */
function* drain(batches: string[]): Generator<string> {
  for (let batch = batches.shift(); batch !== undefined; batch = batches.shift()) yield batch;
}
