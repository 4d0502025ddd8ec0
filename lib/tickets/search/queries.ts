import "server-only";
import { cache } from "react";
import { isStaff } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ticketScope } from "../policy";
import { type TicketListItem, ticketListSelect } from "../queries/list";
import { keysetSql, RANK_SPEC, sortSpecFor, toPage } from "./keyset";
import { filtersFor, isEmailQuery, type TicketFilters } from "./schemas";
import { cappedMatchSql, filterSql, needsOpenLiteral, scopeSql, ticketVector, viewSql, whereSql } from "./sql";

export const SEARCH_PAGE_SIZE = 25;
/** Full-text matches are ranked among the newest this many only (PERFORMANCE.md). */
export const SEARCH_RANK_CAP = 1_000;

export type SearchOptions = { pageSize?: number; rankCap?: number };

export type TicketIdPage = {
  ids: string[];
  nextCursor: string | null;
  prevCursor: string | null;
  /** True when the rows are ordered by full-text rank rather than by the chosen sort. */
  rankApplied: boolean;
  /** True when the matches reached the cap: older matches were left out of the ranking. */
  capped: boolean;
};

export type TicketSearchPage = Omit<TicketIdPage, "ids"> & { tickets: TicketListItem[] };

/** What the actor's list applies: staff-only filters dropped for clients, an email as requester. */
export function effectiveFilters(actor: Actor, filters: TicketFilters): TicketFilters {
  const own = filtersFor(isStaff(actor.role), filters);
  if (isStaff(actor.role) && isEmailQuery(own.q)) return { ...own, q: undefined, requester: own.q };
  return own;
}

/**
 * One page of ticket ids the actor may see that match `filters`, in list order, by keyset over
 * (sort key, id) in both directions. With search text only the newest `rankCap` matches take
 * part, ranked by ts_rank and paged over (rank, id) unless a sort was chosen; rank order is
 * stable while the capped set is (a ticket updated meanwhile may enter or leave it).
 */
export async function findTicketIdPage(actor: Actor, rawFilters: TicketFilters, options: SearchOptions = {}): Promise<TicketIdPage> {
  const filters = effectiveFilters(actor, rawFilters);
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
  const rankCap = options.rankCap ?? SEARCH_RANK_CAP;
  const conditions = [scopeSql(actor), viewSql(actor, filters.view), ...filterSql(filters)];

  if (filters.q && !filters.sort) {
    const keyset = keysetSql(RANK_SPEC, filters.cursor);
    const rows = await db.$queryRaw<{ id: string; key: number; matched: bigint }[]>`
      SELECT m.id, m.rank AS key, m.matched FROM (
        SELECT r.id, ts_rank(${ticketVector("r")}, websearch_to_tsquery('english', ${filters.q}))::float8 AS rank,
               count(*) OVER () AS matched
        FROM (${cappedMatchSql(actor, conditions, filters.q, needsOpenLiteral(filters), rankCap)}) capped
        JOIN tickets r ON r.id = capped.id
      ) m
      WHERE ${keyset.where}
      ORDER BY ${keyset.order}
      LIMIT ${pageSize + 1}`;
    const { rows: page, nextCursor, prevCursor } = toPage(RANK_SPEC, rows, pageSize, keyset);
    const capped = Number(rows[0]?.matched ?? 0) >= rankCap;
    return { ids: page.map((row) => row.id), nextCursor, prevCursor, rankApplied: true, capped };
  }

  // Search text with a chosen sort: the same capped matches, in that order instead of by rank.
  if (filters.q) {
    conditions.push(Prisma.sql`t.id IN (${cappedMatchSql(actor, [...conditions], filters.q, needsOpenLiteral(filters), rankCap)})`);
  }
  const spec = sortSpecFor(filters);
  const keyset = keysetSql(spec, filters.cursor);
  const rows = await db.$queryRaw<{ id: string; key: Date | string | null }[]>`
    SELECT t.id, ${Prisma.raw(spec.column)} AS key FROM tickets t
    WHERE ${whereSql([...conditions, keyset.where])}
    ORDER BY ${keyset.order}
    LIMIT ${pageSize + 1}`;
  const { rows: page, nextCursor, prevCursor } = toPage(spec, rows, pageSize, keyset);
  return { ids: page.map((row) => row.id), nextCursor, prevCursor, rankApplied: false, capped: false };
}

/** Loads rows by id with `select`, within the actor's scope again, in the order of `ids`. */
export async function loadInOrder<S extends Prisma.TicketSelect & { id: true }>(actor: Actor, ids: string[], select: S) {
  if (ids.length === 0) return [];
  const rows = await db.ticket.findMany({ where: { AND: [ticketScope(actor), { id: { in: ids } }] }, select });
  const byId = new Map(rows.map((row) => [(row as { id: string }).id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A page of the tickets the actor may see matching `filters`, as the ticket list renders them. */
export async function searchTickets(actor: Actor, filters: TicketFilters, options: SearchOptions = {}): Promise<TicketSearchPage> {
  const { ids, ...page } = await findTicketIdPage(actor, filters, options);
  return { ...page, tickets: await loadInOrder(actor, ids, ticketListSelect) };
}

/**
 * The number to open when the search text is a ticket number (`123` or `#123`) of a ticket the
 * actor may see; null otherwise, so a guess at another client's number just searches.
 */
export async function findTicketNumberJump(actor: Actor, number: number | null): Promise<number | null> {
  if (number === null) return null;
  const ticket = await db.ticket.findFirst({ where: { AND: [ticketScope(actor), { number }] }, select: { number: true } });
  return ticket?.number ?? null;
}

export type QueueCounts = Record<"unassigned" | "mine" | "open" | "waiting" | "overdue" | "resolved", number>;

/**
 * Queue badge counts for staff, in one statement: the open counts from the partial
 * `tickets_open_queue_idx` (its predicate is repeated literally so the planner can use it) and
 * the recently resolved count from `tickets_resolved_idx`. Null for clients: they see no queues.
 */
export const countQueues = cache(async (actor: Actor): Promise<QueueCounts | null> => {
  if (!isStaff(actor.role)) return null;
  const [row] = await db.$queryRaw<Record<keyof QueueCounts, bigint>[]>`
    SELECT
      count(*) FILTER (WHERE t.assignee_id IS NULL) AS unassigned,
      count(*) FILTER (WHERE t.assignee_id = ${actor.userId}::uuid) AS mine,
      count(*) AS open,
      count(*) FILTER (WHERE t.status = 'WAITING_ON_CUSTOMER') AS waiting,
      count(*) FILTER (WHERE t.status <> 'WAITING_ON_CUSTOMER' AND t.due_at < now()) AS overdue,
      (SELECT count(*) FROM tickets t WHERE ${scopeSql(actor)} AND ${viewSql(actor, "resolved")}) AS resolved
    FROM tickets t
    WHERE ${scopeSql(actor)} AND ${viewSql(actor, "open")}`;
  return {
    unassigned: Number(row?.unassigned ?? 0),
    mine: Number(row?.mine ?? 0),
    open: Number(row?.open ?? 0),
    waiting: Number(row?.waiting ?? 0),
    overdue: Number(row?.overdue ?? 0),
    resolved: Number(row?.resolved ?? 0),
  };
});
