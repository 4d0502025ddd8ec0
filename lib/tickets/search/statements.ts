import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { keysetSql, RANK_SPEC, type SortSpec, sortSpecFor } from "./keyset";
import type { TicketFilters } from "./schemas";
import { cappedMatchSql, filterSql, needsOpenLiteral, overdueSql, scopeSql, tsquerySql, viewSql, whereSql } from "./sql";

// The list's statements as values, built without touching the database: queries.ts runs them
// through Prisma and `npm run bench` times the very same text through node-pg.

export const SEARCH_PAGE_SIZE = 25;
/**
 * Full-text matches are ranked among the newest this many only (PERFORMANCE.md). At 1M tickets
 * a word in 2 % of them took 433 ms with 1,000 (walking 52k rows for the newest matches) and
 * 37 ms with 200.
 */
export const SEARCH_RANK_CAP = 200;

export type IdPageStatement = {
  sql: Prisma.Sql;
  spec: SortSpec;
  keyset: ReturnType<typeof keysetSql>;
  /** True when rows come in full-text rank order (and carry the capped set's size). */
  isRanked: boolean;
};

/**
 * One page (plus one row, to know whether another follows) of the ids the actor may see that
 * match `filters`, by keyset over (sort key, id). With search text and no chosen sort, the newest
 * `rankCap` matches are ranked with ts_rank on their stored vector and paged over (rank, id);
 * with a sort, the same capped matches come in that order instead.
 */
export function idPageStatement(actor: Actor, filters: TicketFilters, pageSize: number, rankCap: number): IdPageStatement {
  const conditions = [scopeSql(actor), viewSql(actor, filters.view), ...filterSql(actor, filters)];
  if (filters.q && !filters.sort) {
    const keyset = keysetSql(RANK_SPEC, filters.cursor);
    const sql = Prisma.sql`
      SELECT m.id, m.rank AS key, m.matched FROM (
        SELECT r.id, ts_rank(r.search_vector, ${tsquerySql(filters.q)})::float8 AS rank,
               count(*) OVER () AS matched
        FROM (${cappedMatchSql(actor, conditions, filters.q, needsOpenLiteral(filters), rankCap)}) capped
        JOIN tickets r ON r.id = capped.id
      ) m
      WHERE ${keyset.where}
      ORDER BY ${keyset.order}
      LIMIT ${pageSize + 1}`;
    return { sql, spec: RANK_SPEC, keyset, isRanked: true };
  }
  if (filters.q) {
    conditions.push(Prisma.sql`t.id IN (${cappedMatchSql(actor, [...conditions], filters.q, needsOpenLiteral(filters), rankCap)})`);
  }
  const spec = sortSpecFor(filters);
  const keyset = keysetSql(spec, filters.cursor);
  const sql = Prisma.sql`
    SELECT t.id, ${Prisma.raw(spec.column)} AS key FROM tickets t
    WHERE ${whereSql([...conditions, keyset.where])}
    ORDER BY ${keyset.order}
    LIMIT ${pageSize + 1}`;
  return { sql, spec, keyset, isRanked: false };
}

/**
 * Queue badge counts for staff, in one statement: the open counts from the partial
 * `tickets_open_queue_idx` (its predicate is repeated literally so the planner can use it) and
 * the recently resolved count from `tickets_resolved_idx`.
 */
export function queueCountsStatement(actor: Actor): Prisma.Sql {
  return Prisma.sql`
    SELECT
      count(*) FILTER (WHERE t.assignee_id IS NULL) AS unassigned,
      count(*) FILTER (WHERE t.assignee_id = ${actor.userId}::uuid) AS mine,
      count(*) AS open,
      count(*) FILTER (WHERE t.status = 'WAITING_ON_CUSTOMER') AS waiting,
      count(*) FILTER (WHERE ${overdueSql()}) AS overdue,
      (SELECT count(*) FROM tickets t WHERE ${scopeSql(actor)} AND ${viewSql(actor, "resolved")}) AS resolved
    FROM tickets t
    WHERE ${scopeSql(actor)} AND ${viewSql(actor, "open")}`;
}
