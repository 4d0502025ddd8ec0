import { ChevronLeft, ChevronRight, Inbox } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TicketPage } from "@/lib/tickets/queries";
import { TicketPriorityLabel, TicketStatusBadge } from "./ticket-badges";

const headerCell = "px-4 py-2.5 text-left text-xs font-medium tracking-wide text-fg-muted uppercase";

/** The ticket table with keyset paging; requester and assignee columns for staff only. */
export function TicketList({ page, showPeople }: { page: TicketPage; showPeople: boolean }) {
  if (page.tickets.length === 0 && !page.newerCursor) {
    return (
      <EmptyState icon={Inbox} title="No tickets yet">
        {showPeople
          ? "When clients file requests or incidents, they appear here."
          : "Requests you file will appear here with their status."}
      </EmptyState>
    );
  }
  const now = new Date();
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-xs">
        <table className="w-full min-w-[40rem] text-sm">
          <caption className="sr-only">Tickets, most recently updated first</caption>
          <thead className="border-b border-border bg-surface-muted/60">
            <tr>
              <th scope="col" className={`${headerCell} w-20`}>#</th>
              <th scope="col" className={headerCell}>Title</th>
              <th scope="col" className={headerCell}>Status</th>
              <th scope="col" className={headerCell}>Priority</th>
              {showPeople && <th scope="col" className={`${headerCell} hidden md:table-cell`}>Requester</th>}
              {showPeople && <th scope="col" className={`${headerCell} hidden lg:table-cell`}>Assignee</th>}
              <th scope="col" className={`${headerCell} text-right`}>Updated</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {page.tickets.map((ticket) => (
              <tr key={ticket.id} className="hover:bg-surface-muted/50">
                <td className="px-4 py-3 font-mono text-fg-muted">{ticket.number}</td>
                <td className="max-w-md px-4 py-3">
                  <p className="truncate font-medium">{ticket.title}</p>
                  {ticket.category && <p className="truncate text-xs text-fg-muted">{ticket.category.name}</p>}
                </td>
                <td className="px-4 py-3"><TicketStatusBadge status={ticket.status} /></td>
                <td className="px-4 py-3"><TicketPriorityLabel priority={ticket.priority} /></td>
                {showPeople && <td className="hidden px-4 py-3 md:table-cell">{ticket.requester.name}</td>}
                {showPeople && (
                  <td className="hidden px-4 py-3 text-fg-muted lg:table-cell">
                    {ticket.assignee?.name ?? "Unassigned"}
                  </td>
                )}
                <td className="px-4 py-3 text-right text-fg-muted">
                  <RelativeTime date={ticket.updatedAt} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex justify-between">
        {page.newerCursor ? (
          <Link href={`/tickets?before=${page.newerCursor}`} className={buttonClasses("secondary")}>
            <ChevronLeft aria-hidden className="size-4" /> Newer
          </Link>
        ) : <span />}
        {page.olderCursor && (
          <Link href={`/tickets?after=${page.olderCursor}`} className={buttonClasses("secondary")}>
            Older <ChevronRight aria-hidden className="size-4" />
          </Link>
        )}
      </nav>
    </div>
  );
}
