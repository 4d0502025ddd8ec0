import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES, type QueueView, type TicketFilters } from "./schemas";

// SQL fragments over `tickets t`. Every value from the user is a bound parameter; Prisma.raw only
// ever receives the constants written in this file.

const OPEN_LIST = Prisma.raw(`(${OPEN_STATUSES.map((status) => `'${status}'`).join(", ")})`);

/**
 * The same rule as ticketScope (policy.ts), for raw SQL: the actor's workspace, and for clients
 * only the tickets they requested. Every raw ticket query includes it.
 */
export function scopeSql(actor: Actor): Prisma.Sql {
  const workspace = Prisma.sql`t.workspace_id = ${actor.workspaceId}::uuid`;
  return can(actor, "tickets.read_all") ? workspace : Prisma.sql`${workspace} AND t.requester_id = ${actor.userId}::uuid`;
}

/** The resolution clock runs: open and not waiting on the customer, which pauses it. */
export const CLOCK_RUNNING_SQL = Prisma.sql`t.status IN ('NEW', 'OPEN', 'IN_PROGRESS')`;

/**
 * Overdue, the one definition that the Overdue queue, its count and the dashboard share: the
 * clock runs and the due time has passed (`now`, else the statement's time). A ticket waiting on
 * its customer is never overdue, whatever its due time says.
 */
export function overdueSql(now?: Date): Prisma.Sql {
  return Prisma.sql`${CLOCK_RUNNING_SQL} AND t.due_at < ${now ? Prisma.sql`${now}::timestamptz` : Prisma.sql`now()`}`;
}

/** The queue views. Literal status lists, so the planner can match the partial open indexes. */
export function viewSql(actor: Actor, view: QueueView | undefined): Prisma.Sql {
  switch (view) {
    case "unassigned":
      return Prisma.sql`t.status IN ${OPEN_LIST} AND t.assignee_id IS NULL`;
    case "mine":
      return Prisma.sql`t.status IN ${OPEN_LIST} AND t.assignee_id = ${actor.userId}::uuid`;
    case "open":
      return Prisma.sql`t.status IN ${OPEN_LIST}`;
    case "waiting":
      return Prisma.sql`t.status = 'WAITING_ON_CUSTOMER'`;
    case "overdue":
      return overdueSql();
    case "resolved":
      return Prisma.sql`t.status IN ('RESOLVED', 'CLOSED') AND t.resolved_at >= now() - interval '7 days'`;
    default:
      return Prisma.sql`TRUE`;
  }
}

/**
 * Whether a status filter (bound parameters, which the planner cannot match against a partial
 * index's predicate) allows open tickets only; the search then repeats the open statuses as
 * literals so `tickets_open_search_idx` applies. The open views already write them literally.
 */
export function needsOpenLiteral(filters: TicketFilters): boolean {
  if (filters.view && ["unassigned", "mine", "open", "waiting", "overdue"].includes(filters.view)) return false;
  const open: readonly string[] = OPEN_STATUSES;
  return filters.status !== undefined && filters.status.every((status) => open.includes(status));
}

/** The date filters: the column each pair of calendar days bounds, both days inclusive. */
const DAY_RANGES = [
  { column: "t.created_at", from: "createdFrom", to: "createdTo" },
  { column: "t.updated_at", from: "updatedFrom", to: "updatedTo" },
  { column: "t.resolved_at", from: "resolvedFrom", to: "resolvedTo" },
] as const satisfies readonly { column: string; from: keyof TicketFilters; to: keyof TicketFilters }[];

/**
 * Days are the workspace's report days, as on the dashboard, so a chart's link lists the tickets
 * it counted. The zone is an uncorrelated subquery: PostgreSQL computes it once (an InitPlan) and
 * the bound stays a constant for the index range scan, which a join or a correlated read would
 * not give. Midnight is taken in the zone, so a day across a DST change is 23 or 25 hours long.
 */
function dayBoundsSql(actor: Actor, filters: TicketFilters): Prisma.Sql[] {
  const zone = Prisma.sql`(SELECT w.report_time_zone FROM workspaces w WHERE w.id = ${actor.workspaceId}::uuid)`;
  return DAY_RANGES.flatMap(({ column, from, to }) => {
    const parts: Prisma.Sql[] = [];
    const target = Prisma.raw(column);
    const fromDay = filters[from];
    const toDay = filters[to];
    if (fromDay) parts.push(Prisma.sql`${target} >= (${fromDay}::date::timestamp AT TIME ZONE ${zone})`);
    if (toDay) parts.push(Prisma.sql`${target} < ((${toDay}::date + 1)::timestamp AT TIME ZONE ${zone})`);
    return parts;
  });
}

/**
 * The field filters, ANDed; the view and the scope are added by the caller. The actor's
 * workspace sets the time zone the date filters' days are read in.
 */
export function filterSql(actor: Actor, filters: TicketFilters): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  const anyOf = (column: string, values: readonly string[]) =>
    Prisma.sql`${Prisma.raw(column)} IN (${Prisma.join(values)})`;
  if (filters.status) parts.push(anyOf("t.status", filters.status));
  if (filters.priority) parts.push(anyOf("t.priority", filters.priority));
  if (filters.kind) parts.push(anyOf("t.kind", filters.kind));
  if (filters.categoryId) parts.push(Prisma.sql`t.category_id = ${filters.categoryId}::uuid`);
  if (filters.assigneeId === "none") parts.push(Prisma.sql`t.assignee_id IS NULL`);
  else if (filters.assigneeId) parts.push(Prisma.sql`t.assignee_id = ${filters.assigneeId}::uuid`);
  if (filters.requester?.includes("@")) {
    // citext: the email matches whatever its case; an unknown email matches nothing.
    parts.push(Prisma.sql`t.requester_id = (SELECT u.id FROM users u WHERE u.email = ${filters.requester})`);
  } else if (filters.requester) {
    parts.push(Prisma.sql`t.requester_id = ${filters.requester}::uuid`);
  }
  return [...parts, ...dayBoundsSql(actor, filters)];
}

/** A last word shorter than this is matched whole: a one- or two-letter prefix matches too much. */
export const PREFIX_MIN_LENGTH = 3;
const PLAIN_WORDS = /^[\p{L}\p{N}]+(\s+[\p{L}\p{N}]+)*$/u;

/**
 * The search text as a tsquery. Plain words (no quotes, `or` or `-`, which websearch syntax
 * reads) must all match, the last one as a prefix, so a half-typed word already finds "printer"
 * at "prin": the prefix is one more lexeme test on the same GIN index. Anything else is read by
 * websearch_to_tsquery as typed. The last word is letters and digits only, so appending `:*`
 * for to_tsquery cannot smuggle in operators.
 */
export function tsquerySql(q: string): Prisma.Sql {
  const text = q.trim();
  const words = text.split(/\s+/);
  const last = words.pop() ?? "";
  const isPlain = PLAIN_WORDS.test(text) && !words.some((word) => word.toLowerCase() === "or");
  if (!isPlain || last.length < PREFIX_MIN_LENGTH) return Prisma.sql`websearch_to_tsquery('english', ${q})`;
  const prefix = Prisma.sql`to_tsquery('english', ${`${last}:*`})`;
  return words.length === 0 ? prefix : Prisma.sql`(websearch_to_tsquery('english', ${words.join(" ")}) && ${prefix})`;
}

/**
 * The newest `cap` tickets satisfying `conditions` that match `q` (tsquerySql): by their title
 * and description, or by a reply's body (clients: public replies only, never internal notes).
 *
 * Each way is its own capped branch of a UNION rather than one ORed WHERE: an OR across the
 * comments cannot use the indexes and tests every ticket of the workspace, while a branch lets
 * the planner pick per term, a GIN bitmap for a rare term or a walk down
 * `tickets_queue_idx` that stops after `cap` rows for a common one. The newest `cap` of the union
 * are among the newest `cap` of each branch, so capping branches first loses nothing. The
 * tsquery stays inline in each branch (PERFORMANCE.md: moved into a CTE it took 1.5 s).
 */
export function cappedMatchSql(actor: Actor, conditions: Prisma.Sql[], q: string, openLiteral: boolean, cap: number): Prisma.Sql {
  const openTickets = openLiteral ? [Prisma.sql`t.status IN ${OPEN_LIST}`] : [];
  const publicOnly = can(actor, "tickets.internal_notes") ? Prisma.empty : Prisma.sql`AND NOT c.is_internal`;
  const matches = [
    Prisma.sql`t.search_vector @@ ${tsquerySql(q)}`,
    Prisma.sql`EXISTS (SELECT 1 FROM comments c WHERE c.ticket_id = t.id ${publicOnly}
      AND c.search_vector @@ ${tsquerySql(q)})`,
  ];
  const branches = matches.map(
    (match) => Prisma.sql`(SELECT t.id, t.updated_at FROM tickets t
      WHERE ${whereSql([...conditions, ...openTickets, match])}
      ORDER BY t.updated_at DESC, t.id DESC LIMIT ${cap})`,
  );
  return Prisma.sql`SELECT u.id FROM (${Prisma.join(branches, " UNION ")}) u
    ORDER BY u.updated_at DESC, u.id DESC LIMIT ${cap}`;
}

export const whereSql = (parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");
