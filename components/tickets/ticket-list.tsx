import { ChevronLeft, ChevronRight, Inbox } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TicketPage } from "@/lib/tickets/queries";
import { TicketPriorityLabel, TicketStatusBadge } from "./ticket-badges";
import { TicketCheckbox } from "./ticket-selection";

/**
 * The ticket table with keyset paging. For staff it adds requester and assignee columns and a
 * checkbox per row for bulk changes (inside a TicketSelection).
 */
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
      <DataTable
        caption="Tickets, most recently updated first"
        columns={[
          showPeople && { label: "Select", className: "w-10" },
          { label: "#", className: "hidden w-20 sm:table-cell" },
          { label: "Title" },
          { label: "Status", className: "hidden sm:table-cell" },
          { label: "Priority", className: "hidden sm:table-cell" },
          showPeople && { label: "Requester", className: "hidden md:table-cell" },
          showPeople && { label: "Assignee", className: "hidden lg:table-cell" },
          { label: "Updated", className: "text-right" },
        ]}
      >
        {page.tickets.map((ticket) => (
          <tr key={ticket.id} className="hover:bg-surface-muted/50">
            {showPeople && (
              <td className="py-3 pl-4">
                <TicketCheckbox number={ticket.number} title={ticket.title} />
              </td>
            )}
            <td className="hidden px-4 py-3 font-mono text-fg-muted sm:table-cell">{ticket.number}</td>
            <td className="w-full max-w-0 px-4 py-3">
              <Link href={`/tickets/${ticket.number}`} className="block truncate font-medium hover:underline">
                {ticket.title}
              </Link>
              <p className="truncate text-xs text-fg-muted">
                <span className="font-mono sm:hidden">#{ticket.number} · </span>
                {ticket.category?.name ?? "No category"}
              </p>
              {/* On narrow screens status and priority sit under the title instead of in columns. */}
              <div className="mt-1.5 flex items-center gap-3 sm:hidden">
                <TicketStatusBadge status={ticket.status} />
                <TicketPriorityLabel priority={ticket.priority} />
              </div>
            </td>
            <td className="hidden px-4 py-3 whitespace-nowrap sm:table-cell"><TicketStatusBadge status={ticket.status} /></td>
            <td className="hidden px-4 py-3 sm:table-cell"><TicketPriorityLabel priority={ticket.priority} /></td>
            {showPeople && (
              <td className="hidden px-4 py-3 whitespace-nowrap md:table-cell">{ticket.requester.name}</td>
            )}
            {showPeople && (
              <td className="hidden px-4 py-3 whitespace-nowrap text-fg-muted lg:table-cell">
                {ticket.assignee?.name ?? "Unassigned"}
              </td>
            )}
            <td className="px-4 py-3 text-right align-top whitespace-nowrap text-fg-muted sm:align-middle">
              <RelativeTime date={ticket.updatedAt} now={now} />
            </td>
          </tr>
        ))}
      </DataTable>
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
