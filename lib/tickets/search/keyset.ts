import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { TicketPriority } from "@/lib/generated/prisma/enums";
import { decodeSearchCursor, encodeSearchCursor } from "./cursor";
import type { SortDirection, TicketFilters, TicketSort } from "./schemas";

export type SortSpec = {
  name: TicketSort | "resolved" | "rank";
  column: string;
  idColumn: string;
  /** SQL type the cursor value is cast to. */
  type: "timestamptz" | '"TicketPriority"' | "float8";
  nullable: boolean;
  direction: SortDirection;
};

type Column = Omit<SortSpec, "name" | "direction">;
const ticketColumn = (column: string, type: SortSpec["type"], nullable = false): Column => ({ column, idColumn: "t.id", type, nullable });

const COLUMNS: Record<Exclude<SortSpec["name"], "rank">, Column> = {
  updated: ticketColumn("t.updated_at", "timestamptz"),
  created: ticketColumn("t.created_at", "timestamptz"),
  priority: ticketColumn("t.priority", '"TicketPriority"'),
  due: ticketColumn("t.due_at", "timestamptz", true),
  resolved: ticketColumn("t.resolved_at", "timestamptz", true),
};

// Newest first, most urgent first, soonest due first.
const DEFAULT_DIRECTION: Record<keyof typeof COLUMNS, SortDirection> = {
  updated: "desc",
  created: "desc",
  priority: "desc",
  due: "asc",
  resolved: "desc",
};

/** The list's order: the chosen sort, or newest resolved first for the "recently resolved" view. */
export function sortSpecFor(filters: TicketFilters): SortSpec {
  const name = filters.sort ?? (filters.view === "resolved" ? "resolved" : "updated");
  return { name, direction: filters.direction ?? DEFAULT_DIRECTION[name], ...COLUMNS[name] };
}

/** Ranked search results over the capped set `m`, best first. */
export const RANK_SPEC: SortSpec = { name: "rank", column: "m.rank", idColumn: "m.id", type: "float8", nullable: false, direction: "desc" };

/**
 * Whether a cursor's value casts to the sort's SQL type. cursorAt writes exactly these forms, so
 * anything else was made by hand: it starts at the first page, as a junk cursor does, rather than
 * failing the statement.
 */
const VALUE_FITS: Record<SortSpec["type"], (value: string) => boolean> = {
  timestamptz: (value) => /^(?!0000)\d{4}-/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value,
  '"TicketPriority"': (value) => (Object.values(TicketPriority) as string[]).includes(value),
  float8: (value) => Number.isFinite(Number(value)) && String(Number(value)) === value,
};

/** The cursor's name includes the direction, so flipping it starts again at the first page. */
const cursorName = (spec: SortSpec) => `${spec.name}:${spec.direction}`;

const flip = (direction: SortDirection): SortDirection => (direction === "asc" ? "desc" : "asc");

/**
 * Where a page starts and how it is read. The list order is the key then id, both in the chosen
 * direction, rows without the key (no due time) last. A page before a cursor is read in the
 * opposite order and turned round by the caller. NULLS LAST is written on nullable keys only: on
 * `tickets_queue_idx` (DESC, so NULLS FIRST) it would no longer be the index order.
 */
export function keysetSql(spec: SortSpec, encoded: string | undefined) {
  const decoded = decodeSearchCursor(encoded, cursorName(spec));
  const cursor = decoded && (decoded.value === null || VALUE_FITS[spec.type](decoded.value)) ? decoded : null;
  const isBefore = cursor?.isBefore ?? false;
  const direction = isBefore ? flip(spec.direction) : spec.direction;
  const nulls = spec.nullable ? (isBefore ? " NULLS FIRST" : " NULLS LAST") : "";
  const keyword = direction === "asc" ? "ASC" : "DESC";
  const order = Prisma.raw(`${spec.column} ${keyword}${nulls}, ${spec.idColumn} ${keyword}`);
  return { cursor, isBefore, order, where: cursor ? positionSql(spec, cursor.value, cursor.id, direction, isBefore) : Prisma.sql`TRUE` };
}

// Rows strictly past (value, id) when reading in `direction`. A row comparison walks the index in
// order; NULL keys come last going forward and first going back.
function positionSql(spec: SortSpec, value: string | null, id: string, direction: SortDirection, isBefore: boolean): Prisma.Sql {
  const operator = Prisma.raw(direction === "asc" ? ">" : "<");
  const column = Prisma.raw(spec.column);
  const idColumn = Prisma.raw(spec.idColumn);
  const samePlace = Prisma.sql`${idColumn} ${operator} ${id}::uuid`;
  if (value === null) {
    if (!spec.nullable) return Prisma.sql`TRUE`;
    return isBefore ? Prisma.sql`(${column} IS NOT NULL OR (${column} IS NULL AND ${samePlace}))` : Prisma.sql`(${column} IS NULL AND ${samePlace})`;
  }
  const after = Prisma.sql`(${column}, ${idColumn}) ${operator} (${value}::${Prisma.raw(spec.type)}, ${id}::uuid)`;
  return spec.nullable && !isBefore ? Prisma.sql`(${after} OR ${column} IS NULL)` : after;
}

type KeyedRow = { id: string; key: Date | string | number | null };

const cursorAt = (spec: SortSpec, row: KeyedRow, isBefore: boolean) =>
  encodeSearchCursor({
    sort: cursorName(spec),
    value: row.key instanceof Date ? row.key.toISOString() : row.key === null ? null : String(row.key),
    id: row.id,
    isBefore,
  });

/**
 * A page from `pageSize + 1` rows read by keysetSql: in list order, with cursors to the pages
 * after and before it. Paging back from a later page always has a next page to return to.
 */
export function toPage<R extends KeyedRow>(spec: SortSpec, rows: R[], pageSize: number, position: { cursor: unknown; isBefore: boolean }) {
  const hasMore = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (position.isBefore) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const hasNext = position.isBefore ? true : hasMore;
  const hasPrevious = position.isBefore ? hasMore : position.cursor !== null;
  return {
    rows: page,
    nextCursor: hasNext && last ? cursorAt(spec, last, false) : null,
    prevCursor: hasPrevious && first ? cursorAt(spec, first, true) : null,
  };
}
