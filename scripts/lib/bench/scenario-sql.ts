import type { Actor } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { keysetSql, RANK_SPEC, sortSpecFor } from "@/lib/tickets/search/keyset";
import { TIMELINE_LIMIT } from "@/lib/tickets/schemas";
import { SEARCH_PAGE_SIZE, SEARCH_RANK_CAP } from "@/lib/tickets/search/queries";
import { ticketFiltersSchema, type TicketFilters } from "@/lib/tickets/search/schemas";
import { cappedMatchSql, filterSql, needsOpenLiteral, scopeSql, ticketVector, viewSql, whereSql } from "@/lib/tickets/search/sql";

// The scenarios' SQL for node-pg. The list's fragments come from the app's own builders
// (lib/tickets/search/sql.ts, keyset.ts); the two outer statements are findTicketIdPage's and
// countQueues' templates (lib/tickets/search/queries.ts), copied because they live inside
// functions that run them through Prisma. The ticket page's Prisma queries are written out as
// the SQL they amount to. A change to any copied template must be made here too. Importing
// queries.ts creates the app's Prisma client (unused here): load this module after DATABASE_URL
// is set.

export type SqlQuery = { text: string; values: unknown[] };

const toQuery = (sql: Prisma.Sql): SqlQuery => ({ text: sql.text, values: sql.values });

/** The ticket list's id page for a query string, as findTicketIdPage builds it (first page). */
export function listPageSql(actor: Actor, query: string): SqlQuery {
  const filters: TicketFilters = ticketFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)));
  const conditions = [scopeSql(actor), viewSql(actor, filters.view), ...filterSql(filters)];
  if (filters.q && !filters.sort) {
    const keyset = keysetSql(RANK_SPEC, filters.cursor);
    return toQuery(Prisma.sql`
      SELECT m.id, m.rank AS key, m.matched FROM (
        SELECT r.id, ts_rank(${ticketVector("r")}, websearch_to_tsquery('english', ${filters.q}))::float8 AS rank,
               count(*) OVER () AS matched
        FROM (${cappedMatchSql(actor, conditions, filters.q, needsOpenLiteral(filters), SEARCH_RANK_CAP)}) capped
        JOIN tickets r ON r.id = capped.id
      ) m
      WHERE ${keyset.where}
      ORDER BY ${keyset.order}
      LIMIT ${SEARCH_PAGE_SIZE + 1}`);
  }
  const spec = sortSpecFor(filters);
  const keyset = keysetSql(spec, filters.cursor);
  return toQuery(Prisma.sql`
    SELECT t.id, ${Prisma.raw(spec.column)} AS key FROM tickets t
    WHERE ${whereSql([...conditions, keyset.where])}
    ORDER BY ${keyset.order}
    LIMIT ${SEARCH_PAGE_SIZE + 1}`);
}

/** The queue badge counts every staff list page runs beside the list (countQueues). */
export function queueCountsSql(actor: Actor): SqlQuery {
  return toQuery(Prisma.sql`
    SELECT
      count(*) FILTER (WHERE t.assignee_id IS NULL) AS unassigned,
      count(*) FILTER (WHERE t.assignee_id = ${actor.userId}::uuid) AS mine,
      count(*) AS open,
      count(*) FILTER (WHERE t.status = 'WAITING_ON_CUSTOMER') AS waiting,
      count(*) FILTER (WHERE t.status <> 'WAITING_ON_CUSTOMER' AND t.due_at < now()) AS overdue,
      (SELECT count(*) FROM tickets t WHERE ${scopeSql(actor)} AND ${viewSql(actor, "resolved")}) AS resolved
    FROM tickets t
    WHERE ${scopeSql(actor)} AND ${viewSql(actor, "open")}`);
}

/**
 * The ticket page's reads in one statement: the ticket by (workspace, number) with its names
 * (findTicketForActor), then its newest comments and events (listTimeline).
 */
export function ticketPageSql(actor: Actor, number: number): SqlQuery {
  const limit = TIMELINE_LIMIT + 1;
  return {
    text: `WITH t AS (
        SELECT t.*, c.name AS category_name, r.name AS requester_name, r.email AS requester_email, a.name AS assignee_name
          FROM tickets t
          LEFT JOIN categories c ON c.id = t.category_id
          JOIN users r ON r.id = t.requester_id
          LEFT JOIN users a ON a.id = t.assignee_id
         WHERE t.workspace_id = $1::uuid AND t.number = $2)
      SELECT (SELECT row_to_json(t) FROM t) AS ticket,
        (SELECT json_agg(x) FROM (SELECT cm.id, cm.body, cm.is_internal, cm.created_at, u.name
           FROM comments cm JOIN users u ON u.id = cm.author_id
          WHERE cm.ticket_id = (SELECT id FROM t) ORDER BY cm.created_at DESC, cm.id DESC LIMIT ${limit}) x) AS comments,
        (SELECT json_agg(y) FROM (SELECT e.id, e.type, e.from_value, e.to_value, e.created_at, u.name
           FROM ticket_events e LEFT JOIN users u ON u.id = e.actor_id
          WHERE e.ticket_id = (SELECT id FROM t) ORDER BY e.created_at DESC, e.id DESC LIMIT ${limit}) y) AS events`,
    values: [actor.workspaceId, number],
  };
}
