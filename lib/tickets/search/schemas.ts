import { z } from "zod";
import { TicketKind, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { queryField, queryRecord } from "@/lib/url-query";

export const QUEUE_VIEWS = ["unassigned", "mine", "open", "waiting", "overdue", "resolved", "all"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const TICKET_SORTS = ["updated", "created", "priority", "due"] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];
export type SortDirection = "asc" | "desc";

/** Statuses a ticket is still being worked in; the partial indexes are built on exactly these. */
export const OPEN_STATUSES = [
  TicketStatus.NEW,
  TicketStatus.OPEN,
  TicketStatus.IN_PROGRESS,
  TicketStatus.WAITING_ON_CUSTOMER,
] as const;

export const SEARCH_MAX_LENGTH = 200;
export const SAVED_VIEW_NAME_MAX_LENGTH = 60;

// A repeated query key arrives as an array and a single one as a string; unknown values are
// dropped one by one, so one stale checkbox value does not throw away the whole filter.
const enumList = <T extends Record<string, string>>(values: T) =>
  z
    .preprocess((raw) => {
      const list = (Array.isArray(raw) ? raw : [raw]).filter((value) => Object.values(values).includes(value));
      return list.length > 0 ? [...new Set(list)] : undefined;
    }, z.array(z.enum(values)).optional())
    .catch(undefined);

const optional = <S extends z.ZodType>(schema: S) => schema.optional().catch(undefined);

const requesterSchema = z.union([z.uuid(), z.email().max(320).transform((email) => email.toLowerCase())]);

/**
 * The ticket list's state in the URL: queue view, search text, filters, sort and position. Every
 * field is optional and anything malformed reads as absent, so a hand-edited or stale link shows
 * a list rather than an error. Dates are calendar days in the workspace's report time zone (as
 * on the dashboard), both ends inclusive.
 */
export const ticketFiltersSchema = z.object({
  view: queryField(z.enum(QUEUE_VIEWS)),
  q: queryField(z.string().trim().max(SEARCH_MAX_LENGTH).transform((value) => value.replaceAll("\u0000", ""))),
  status: enumList(TicketStatus),
  priority: enumList(TicketPriority),
  kind: enumList(TicketKind),
  categoryId: queryField(z.uuid()),
  assigneeId: queryField(z.union([z.uuid(), z.literal("none")])),
  requester: queryField(requesterSchema),
  createdFrom: queryField(z.iso.date()),
  createdTo: queryField(z.iso.date()),
  updatedFrom: queryField(z.iso.date()),
  updatedTo: queryField(z.iso.date()),
  resolvedFrom: queryField(z.iso.date()),
  resolvedTo: queryField(z.iso.date()),
  sort: queryField(z.enum(TICKET_SORTS)),
  direction: queryField(z.enum(["asc", "desc"])),
  cursor: optional(z.string().max(500)),
});
export type TicketFilters = z.infer<typeof ticketFiltersSchema>;

/** Filters that only make sense over the whole queue; a client's list ignores them. */
const STAFF_ONLY_FILTERS = ["view", "priority", "kind", "categoryId", "assigneeId", "requester"] as const;

/** The filters an actor's list actually applies: clients keep search, status, dates and sort. */
export function filtersFor(isStaffActor: boolean, filters: TicketFilters): TicketFilters {
  if (isStaffActor) return filters;
  const own = { ...filters };
  for (const key of STAFF_ONLY_FILTERS) delete own[key];
  return own;
}

/** Whether anything narrows the list beyond the queue view (for "Clear filters" and empty states). */
export function hasFilters(filters: TicketFilters): boolean {
  return toQueryString(filters, ["view", "sort", "direction", "cursor"]) !== "";
}

const FILTER_KEYS = Object.keys(ticketFiltersSchema.shape) as (keyof TicketFilters)[];

/**
 * The query string for filters (without "?"), in a fixed key order so equal filters give equal
 * strings: links, saved views and the export use it. `omit` drops keys such as the cursor.
 */
export function toQueryString(filters: TicketFilters, omit: readonly (keyof TicketFilters)[] = []): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || omit.includes(key)) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  return params.toString();
}

/** Filters from a query string, e.g. a saved view's; junk is dropped as it is from the URL. */
export function parseQueryString(query: string): TicketFilters {
  return ticketFiltersSchema.parse(queryRecord(new URLSearchParams(query)));
}

/** A ticket number typed in the search box, with or without "#". */
export function ticketNumberFromQuery(q: string | undefined): number | null {
  const match = q?.match(/^#?(\d{1,10})$/);
  const number = match ? Number(match[1]) : NaN;
  return Number.isInteger(number) && number > 0 && number <= 2_147_483_647 ? number : null;
}

export function isEmailQuery(q: string | undefined): q is string {
  return q !== undefined && z.email().safeParse(q).success;
}

/** Saving the current list under a name; the query is re-parsed so junk is never stored. */
export const saveViewSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the view a name.")
    .max(SAVED_VIEW_NAME_MAX_LENGTH, `Keep the name under ${SAVED_VIEW_NAME_MAX_LENGTH} characters.`),
  query: z
    .string()
    .max(4000, "This view has too many filters to save.")
    .transform((query) => toQueryString(parseQueryString(query.replace(/^\?/, "")), ["cursor"])),
});
export type SaveViewInput = z.infer<typeof saveViewSchema>;

export const deleteViewSchema = z.object({ viewId: z.uuid() });
export type DeleteViewInput = z.infer<typeof deleteViewSchema>;
