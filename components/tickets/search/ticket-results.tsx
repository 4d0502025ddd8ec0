import { ChevronLeft, ChevronRight, Inbox, SearchX } from "lucide-react";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { TicketSearchPage } from "@/lib/tickets/search/queries";
import { SEARCH_RANK_CAP } from "@/lib/tickets/search/statements";
import { hasFilters, type TicketFilters, toQueryString } from "@/lib/tickets/search/schemas";
import { TicketList } from "../ticket-list";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

const VIEW_EMPTY: Record<string, string> = {
  unassigned: "Every open ticket has someone on it.",
  mine: "No open tickets are assigned to you.",
  open: "There are no open tickets.",
  waiting: "No tickets are waiting on a customer.",
  overdue: "No ticket is past its resolution time.",
  resolved: "No tickets were resolved in the last 7 days.",
};

const SORT_CAPTIONS = { updated: "most recently updated", created: "newest created", priority: "most urgent", due: "soonest due" };

function captionFor(filters: TicketFilters, page: TicketSearchPage) {
  if (page.rankApplied) return "Tickets, best matches first";
  if (!filters.sort && filters.view === "resolved") return "Tickets, most recently resolved first";
  return `Tickets, ${SORT_CAPTIONS[filters.sort ?? "updated"]} first${filters.direction ? ` (${filters.direction === "asc" ? "ascending" : "descending"})` : ""}`;
}

// Time-ordered lists page to older or newer tickets; other orders just to the next page.
function pageLabels(filters: TicketFilters, page: TicketSearchPage) {
  const isTimeOrder = !page.rankApplied && (filters.sort === undefined || filters.sort === "updated" || filters.sort === "created");
  if (!isTimeOrder) return { previous: "Previous page", next: "Next page" };
  return filters.direction === "asc" ? { previous: "Older", next: "Newer" } : { previous: "Newer", next: "Older" };
}

function EmptyResults({ filters, showPeople }: { filters: TicketFilters; showPeople: boolean }) {
  if (filters.q) {
    return <EmptyState icon={SearchX} title={`No tickets match "${filters.q}"`}>Try other words, fewer filters, or a ticket number such as #123.</EmptyState>;
  }
  if (hasFilters(filters)) {
    return <EmptyState icon={SearchX} title="No tickets match these filters">Clear a filter or two to see more.</EmptyState>;
  }
  if (filters.view && VIEW_EMPTY[filters.view]) {
    return <EmptyState icon={Inbox} title="Nothing here">{VIEW_EMPTY[filters.view]}</EmptyState>;
  }
  return (
    <EmptyState icon={Inbox} title="No tickets yet">
      {showPeople ? "When clients file requests or incidents, they appear here." : "Requests you file will appear here with their status."}
    </EmptyState>
  );
}

/**
 * The list for the current filters with keyset paging both ways: a cursor holds a row's sort key,
 * so deep pages cost what the first does.
 */
export function TicketResults({
  filters,
  page,
  showPeople,
  wrap = (list) => list,
}: {
  filters: TicketFilters;
  page: TicketSearchPage;
  showPeople: boolean;
  /** Wraps the table, e.g. in the staff's TicketSelection for bulk changes. */
  wrap?: (list: ReactNode) => ReactNode;
}) {
  if (page.tickets.length === 0 && !filters.cursor) return <EmptyResults filters={filters} showPeople={showPeople} />;
  const pageHref = (cursor: string) => `/tickets?${toQueryString({ ...filters, cursor })}`;
  const labels = pageLabels(filters, page);
  return (
    <div className="space-y-4">
      {page.capped && (
        <p className="text-sm text-fg-muted">
          Many tickets match: showing the best matches among the {SEARCH_RANK_CAP.toLocaleString("en")} most recently updated. Add words or filters to narrow it.
        </p>
      )}
      {page.tickets.length > 0 ? (
        wrap(<TicketList tickets={page.tickets} showPeople={showPeople} caption={captionFor(filters, page)} />)
      ) : (
        <p className="text-sm text-fg-muted">
          No more tickets here. <WorkspaceLink href={`/tickets?${toQueryString(filters, ["cursor"])}`} className="underline">Back to the first page</WorkspaceLink>
        </p>
      )}
      <nav aria-label="Pages" className="flex justify-between">
        {page.prevCursor ? (
          <WorkspaceLink href={pageHref(page.prevCursor)} className={buttonClasses("secondary")}>
            <ChevronLeft aria-hidden className="size-4" /> {labels.previous}
          </WorkspaceLink>
        ) : <span />}
        {page.nextCursor && (
          <WorkspaceLink href={pageHref(page.nextCursor)} className={buttonClasses("secondary")}>
            {labels.next} <ChevronRight aria-hidden className="size-4" />
          </WorkspaceLink>
        )}
      </nav>
    </div>
  );
}
