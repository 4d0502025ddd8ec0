import type { EventRow } from "./events";
import type { CommentRow, TicketRow } from "./generate";

// Rows in PostgreSQL's COPY text format: tab-separated, one line per row, \N for NULL.
// Column lists are spelled out so that a future column with a default needs no change here.

export const TICKET_COLUMNS = [
  "id", "workspace_id", "number", "title", "description", "kind", "status", "priority",
  "category_id", "requester_id", "assignee_id", "created_at", "updated_at",
  "first_response_at", "resolved_at", "closed_at", "due_at", "version", "reopen_count",
] as const;

export const COMMENT_COLUMNS = [
  "id", "workspace_id", "ticket_id", "author_id", "body", "is_internal", "created_at", "updated_at",
] as const;

export const EVENT_COLUMNS = [
  "id", "workspace_id", "ticket_id", "actor_id", "type", "from_value", "to_value", "created_at",
] as const;

const NULL = "\\N";
const ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** Escapes the characters that COPY's text format gives a meaning to. */
export function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (character) => ESCAPES[character]!);
}

const DAY_MS = 86_400_000;
const datePrefixes = new Map<number, string>();

const pad2 = (value: number) => (value < 10 ? "0" : "") + value;

/**
 * `new Date(ms).toISOString()`, six times faster: it took a tenth of the generator's time at
 * ten timestamps per ticket. The date part is cached per day (a year is 366 entries).
 */
export function formatTimestamp(ms: number): string {
  const whole = Math.floor(ms);
  const day = Math.floor(whole / DAY_MS);
  let prefix = datePrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    datePrefixes.set(day, prefix);
  }
  let rest = whole - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const millisText = (millis < 10 ? "00" : millis < 100 ? "0" : "") + millis;
  return `${prefix}${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${millisText}Z`;
}

function timestamp(ms: number | null): string {
  return ms === null ? NULL : formatTimestamp(ms);
}

export function ticketLine(workspaceId: string, ticket: TicketRow): string {
  return [
    ticket.id,
    workspaceId,
    ticket.number,
    copyText(ticket.title),
    copyText(ticket.description),
    ticket.kind,
    ticket.status,
    ticket.priority,
    ticket.categoryId,
    ticket.requesterId,
    ticket.assigneeId ?? NULL,
    timestamp(ticket.createdAt),
    timestamp(ticket.updatedAt),
    timestamp(ticket.firstResponseAt),
    timestamp(ticket.resolvedAt),
    timestamp(ticket.closedAt),
    timestamp(ticket.dueAt),
    1,
    ticket.reopenCount,
  ].join("\t") + "\n";
}

export function commentLine(workspaceId: string, comment: CommentRow): string {
  const createdAt = timestamp(comment.createdAt);
  return [
    comment.id,
    workspaceId,
    comment.ticketId,
    comment.authorId,
    copyText(comment.body),
    comment.isInternal ? "t" : "f",
    createdAt,
    createdAt,
  ].join("\t") + "\n";
}

export function eventLine(workspaceId: string, event: EventRow): string {
  return [
    event.id,
    workspaceId,
    event.ticketId,
    event.actorId ?? NULL,
    event.type,
    event.fromValue ?? NULL,
    event.toValue ?? NULL,
    timestamp(event.createdAt),
  ].join("\t") + "\n";
}

export function copyStatement(table: string, columns: readonly string[]): string {
  return `COPY ${table} (${columns.join(", ")}) FROM STDIN`;
}
