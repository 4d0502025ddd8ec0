import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TIMELINE_LIMIT } from "@/lib/tickets/schemas";
import { ticketFiltersSchema } from "@/lib/tickets/search/schemas";
import { idPageStatement, queueCountsStatement, SEARCH_PAGE_SIZE, SEARCH_RANK_CAP } from "@/lib/tickets/search/statements";

// The scenarios' SQL for node-pg. The list's statements are the app's own (statements.ts); the
// ticket page's Prisma queries are written out as the SQL they amount to.

export type SqlQuery = { text: string; values: unknown[] };

const toQuery = (sql: Prisma.Sql): SqlQuery => ({ text: sql.text, values: sql.values });

/** The ticket list's id page for a query string, as findTicketIdPage runs it (first page). */
export function listPageSql(actor: Actor, query: string): SqlQuery {
  const filters = ticketFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)));
  return toQuery(idPageStatement(actor, filters, SEARCH_PAGE_SIZE, SEARCH_RANK_CAP).sql);
}

/** The queue badge counts every staff list page runs beside the list (countQueues). */
export function queueCountsSql(actor: Actor): SqlQuery {
  return toQuery(queueCountsStatement(actor));
}

/**
 * The ticket page's reads in one statement: the ticket by (workspace, number) with the columns
 * and names findTicketForActor selects, then its newest comments and events (listTimeline).
 */
export function ticketPageSql(actor: Actor, number: number): SqlQuery {
  const limit = TIMELINE_LIMIT + 1;
  return {
    text: `WITH t AS (
        SELECT t.id, t.number, t.title, t.description, t.kind, t.status, t.priority, t.created_at, t.updated_at,
               t.due_at, t.first_response_at, t.first_response_due_at, t.resolved_at, t.closed_at, t.version,
               t.requester_id, t.merged_into_id, c.name AS category_name, r.name AS requester_name,
               r.email AS requester_email, a.name AS assignee_name
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
