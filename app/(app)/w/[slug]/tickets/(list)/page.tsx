import { Download, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FiltersPanel } from "@/components/tickets/search/filters-panel";
import { QueueTabs } from "@/components/tickets/search/queue-tabs";
import { SavedViews } from "@/components/tickets/search/saved-views";
import { SearchBox } from "@/components/tickets/search/search-box";
import { TicketResults } from "@/components/tickets/search/ticket-results";
import { ListShortcuts } from "@/components/shortcuts/list-shortcuts";
import { TicketSelection } from "@/components/tickets/ticket-selection";
import { buttonClasses } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listSelectableCategories } from "@/lib/categories/queries";
import { listLinkableIncidents } from "@/lib/incidents/queries";
import { listAssignableAgents } from "@/lib/tickets/assignees";
import { effectiveFilters, findTicketNumberJump, searchTickets } from "@/lib/tickets/search/queries";
import { countQueues } from "@/lib/tickets/search/queue-counts";
import { listSavedViews } from "@/lib/tickets/search/saved-views";
import { ticketFiltersSchema, ticketNumberFromQuery, toQueryString } from "@/lib/tickets/search/schemas";
import { parseQueryLeniently } from "@/lib/url-query";
import { workspaceDownloadPath, workspacePath } from "@/lib/workspaces/paths";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const isStaffView = can(actor, "tickets.read_all");
  const filters = effectiveFilters(actor, parseQueryLeniently(ticketFiltersSchema, await searchParams));

  const jumpTo = await findTicketNumberJump(actor, ticketNumberFromQuery(filters.q));
  if (jumpTo !== null) redirect(workspacePath(actor.workspaceSlug, `/tickets/${jumpTo}`));

  const canLinkIncidents = isStaffView && can(actor, "incidents.manage");
  const [page, counts, agents, categories, savedViews, incidents] = await Promise.all([
    searchTickets(actor, filters),
    countQueues(actor),
    isStaffView ? listAssignableAgents(actor) : [],
    isStaffView ? listSelectableCategories(actor) : [],
    isStaffView ? listSavedViews(actor) : [],
    canLinkIncidents ? listLinkableIncidents(actor) : [],
  ]);
  const currentQuery = toQueryString(filters, ["cursor"]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{isStaffView ? "Tickets" : "My tickets"}</h1>
          <p className="mt-1 text-sm text-fg-muted">
            {isStaffView ? "Every ticket in the workspace: pick a queue, search or filter." : "The requests you have filed."}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {isStaffView && (
            // A plain anchor: the route answers with a file download, not a page.
            <a href={workspaceDownloadPath(actor.workspaceSlug, `/tickets/export${currentQuery ? `?${currentQuery}` : ""}`)} className={buttonClasses("secondary")}>
              <Download aria-hidden className="size-4" /> Export CSV
            </a>
          )}
          <Link href={workspacePath(actor.workspaceSlug, "/tickets/new")} className={buttonClasses("primary")}>
            <Plus aria-hidden className="size-4" /> New ticket
          </Link>
        </div>
      </div>
      {counts && <QueueTabs current={filters.view ?? "all"} counts={counts} />}
      <SearchBox filters={filters} placeholder={isStaffView ? "Search, #123 or an email" : "Search your tickets or #123"} />
      <FiltersPanel filters={filters} isStaffView={isStaffView} categories={categories} agents={agents} />
      {isStaffView && <SavedViews views={savedViews} currentQuery={currentQuery} />}
      {isStaffView ? (
        <TicketResults
          filters={filters}
          page={page}
          showPeople
          wrap={(list) => (
            <TicketSelection agents={agents} currentUserId={actor.userId} incidents={canLinkIncidents ? incidents : null}>
              {list}
            </TicketSelection>
          )}
        />
      ) : (
        <TicketResults filters={filters} page={page} showPeople={false} />
      )}
      <ListShortcuts ticketNumbers={page.tickets.map((ticket) => ticket.number)} />
    </div>
  );
}
