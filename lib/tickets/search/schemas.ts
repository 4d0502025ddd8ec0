import { z } from "zod";
import { TicketKind, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { parseQueryLeniently, queryField, queryRecord, queryText } from "@/lib/url-query";
import { daySchema } from "@/lib/validation/dates";
import { titleText } from "@/lib/validation/text";
import { isSearchCursor } from "./cursor";

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

// A repeated query key arrives as an array and a single one as a string. Items keep their
// places until parsed, so an issue's path names the very value that failed.
const enumList = <T extends Record<string, string>>(values: T) =>
  queryField(z.preprocess((raw) => (Array.isArray(raw) ? raw : [raw]), z.array(z.enum(values)).transform((list) => [...new Set(list)])));

const requesterSchema = z.union([z.uuid(), z.email().max(320).transform((email) => email.toLowerCase())]);

/**
 * The ticket list's state in the URL: queue view, search text, filters, sort and position. Every
 * field is optional. The API parses it strictly (an invalid value is a 422); the list page reads
 * it with parseQueryLeniently, so a hand-edited or stale link shows a list rather than an error.
 * Dates are calendar days in the workspace's report time zone (as on the dashboard), both ends
 * inclusive.
 */
export const ticketFiltersSchema = z.object({
  view: queryField(z.enum(QUEUE_VIEWS)),
  q: queryText(SEARCH_MAX_LENGTH),
  status: enumList(TicketStatus),
  priority: enumList(TicketPriority),
  kind: enumList(TicketKind),
  categoryId: queryField(z.uuid()),
  assigneeId: queryField(z.union([z.uuid(), z.literal("none")])),
  requester: queryField(requesterSchema),
  createdFrom: queryField(daySchema),
  createdTo: queryField(daySchema),
  updatedFrom: queryField(daySchema),
  updatedTo: queryField(daySchema),
  resolvedFrom: queryField(daySchema),
  resolvedTo: queryField(daySchema),
  sort: queryField(z.enum(TICKET_SORTS)),
  direction: queryField(z.enum(["asc", "desc"])),
  cursor: queryField(z.string().max(500).refine(isSearchCursor, "This cursor was not given by the list.")),
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

/** Filters from a query string, e.g. a saved view's; junk is dropped as it is on the list page. */
export function parseQueryString(query: string): TicketFilters {
  return parseQueryLeniently(ticketFiltersSchema, queryRecord(new URLSearchParams(query)));
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
  name: titleText(
    z
      .string()
      .trim()
      .min(1, "Give the view a name.")
      .max(SAVED_VIEW_NAME_MAX_LENGTH, `Keep the name under ${SAVED_VIEW_NAME_MAX_LENGTH} characters.`),
  ),
  query: z
    .string()
    .max(4000, "This view has too many filters to save.")
    .transform((query) => toQueryString(parseQueryString(query.replace(/^\?/, "")), ["cursor"])),
});
export type SaveViewInput = z.infer<typeof saveViewSchema>;

export const deleteViewSchema = z.object({ viewId: z.uuid() });
export type DeleteViewInput = z.infer<typeof deleteViewSchema>;
