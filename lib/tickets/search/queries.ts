import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ticketScope } from "../policy";
import type { TicketListItem } from "../queries/list";
import { toPage } from "./keyset";
import { filtersFor, isEmailQuery, type TicketFilters } from "./schemas";
import { scopeSql } from "./sql";
import { idPageStatement, SEARCH_PAGE_SIZE, SEARCH_RANK_CAP } from "./statements";

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
  const readsAll = can(actor, "tickets.read_all");
  const own = filtersFor(readsAll, filters);
  if (readsAll && isEmailQuery(own.q)) return { ...own, q: undefined, requester: own.q };
  return own;
}

/**
 * One page of ticket ids the actor may see that match `filters`, in list order, by keyset in
 * both directions (statements.ts). Rank order is stable while the capped set is: a ticket
 * updated meanwhile may enter or leave it.
 */
export async function findTicketIdPage(actor: Actor, rawFilters: TicketFilters, options: SearchOptions = {}): Promise<TicketIdPage> {
  const rankCap = options.rankCap ?? SEARCH_RANK_CAP;
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
  const { sql, spec, keyset, isRanked } = idPageStatement(actor, effectiveFilters(actor, rawFilters), pageSize, rankCap);
  const rows = await dbFor(actor).$queryRaw<{ id: string; key: Date | string | number | null; matched?: bigint }[]>(sql);
  const { rows: page, nextCursor, prevCursor } = toPage(spec, rows, pageSize, keyset);
  const capped = isRanked && Number(rows[0]?.matched ?? 0) >= rankCap;
  return { ids: page.map((row) => row.id), nextCursor, prevCursor, rankApplied: isRanked, capped };
}

/** Loads rows by id with `select`, within the actor's scope again, in the order of `ids`. */
export async function loadInOrder<S extends Prisma.TicketSelect & { id: true }>(actor: Actor, ids: string[], select: S) {
  if (ids.length === 0) return [];
  const rows = await dbFor(actor).ticket.findMany({ where: { AND: [ticketScope(actor), { id: { in: ids } }] }, select });
  const byId = new Map(rows.map((row) => [(row as { id: string }).id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

type TicketListRow = Omit<TicketListItem, "category" | "requester" | "assignee"> & {
  categoryName: string | null;
  requesterName: string;
  assigneeName: string | null;
};

/**
 * The list's rows for `ids`, within the actor's scope again, in the order of `ids`. One raw
 * statement: the same load through the Prisma client cost three times the CPU (2.9 against
 * 0.9 ms for 50 rows), a third of what a page of the API cost.
 */
async function loadListItems(actor: Actor, ids: string[]): Promise<TicketListItem[]> {
  if (ids.length === 0) return [];
  const rows = await dbFor(actor).$queryRaw<TicketListRow[]>`
    SELECT t.id, t.number, t.title, t.kind::text AS kind, t.status::text AS status, t.priority::text AS priority,
           t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.due_at AS "dueAt",
           c.name AS "categoryName", r.name AS "requesterName", a.name AS "assigneeName"
    FROM tickets t
    JOIN users r ON r.id = t.requester_id
    LEFT JOIN categories c ON c.id = t.category_id
    LEFT JOIN users a ON a.id = t.assignee_id
    WHERE ${scopeSql(actor)} AND t.id = ANY(${ids}::uuid[])`;
  const byId = new Map(
    rows.map(({ categoryName, requesterName, assigneeName, ...ticket }) => [
      ticket.id,
      {
        ...ticket,
        category: categoryName === null ? null : { name: categoryName },
        requester: { name: requesterName },
        assignee: assigneeName === null ? null : { name: assigneeName },
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A page of the tickets the actor may see matching `filters`, as the ticket list renders them. */
export async function searchTickets(actor: Actor, filters: TicketFilters, options: SearchOptions = {}): Promise<TicketSearchPage> {
  const { ids, ...page } = await findTicketIdPage(actor, filters, options);
  return { ...page, tickets: await loadListItems(actor, ids) };
}

/**
 * The number to open when the search text is a ticket number (`123` or `#123`) of a ticket the
 * actor may see; null otherwise, so a guess at another client's number just searches.
 */
export async function findTicketNumberJump(actor: Actor, number: number | null): Promise<number | null> {
  if (number === null) return null;
  const ticket = await dbFor(actor).ticket.findFirst({ where: { AND: [ticketScope(actor), { number }] }, select: { number: true } });
  return ticket?.number ?? null;
}
