import { type TicketFilters, toQueryString } from "@/lib/tickets/search/schemas";

/**
 * The current filters as hidden inputs, so a GET form that edits some of them keeps the rest in
 * the URL it submits. The cursor is always dropped: new criteria start at the first page.
 */
export function HiddenFilters({ filters, omit }: { filters: TicketFilters; omit: readonly (keyof TicketFilters)[] }) {
  const params = new URLSearchParams(toQueryString(filters, [...omit, "cursor"]));
  return [...params].map(([name, value], index) => <input key={`${name}-${index}`} type="hidden" name={name} value={value} />);
}
