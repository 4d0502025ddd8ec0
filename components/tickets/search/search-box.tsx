import { Search } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { SEARCH_MAX_LENGTH, type TicketFilters } from "@/lib/tickets/search/schemas";
import { HiddenFilters } from "./hidden-filters";
import { WorkspaceForm } from "@/components/workspaces/workspace-form";

/** A plain GET form: the search lives in the URL, works without JavaScript and can be bookmarked. */
export function SearchBox({ filters, placeholder }: { filters: TicketFilters; placeholder: string }) {
  return (
    <WorkspaceForm role="search" action="/tickets" method="get" className="flex min-w-0 flex-1 gap-2">
      <HiddenFilters filters={filters} omit={["q"]} />
      <label htmlFor="ticket-search" className="sr-only">
        Search tickets
      </label>
      <div className="relative min-w-0 flex-1">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-3 size-4 text-fg-muted" />
        <input
          id="ticket-search"
          data-shortcut="search"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder={placeholder}
          className="block h-9 w-full rounded-md border border-border bg-surface pr-3 pl-9 text-sm shadow-xs placeholder:text-fg-muted"
        />
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        Search
      </button>
    </WorkspaceForm>
  );
}
