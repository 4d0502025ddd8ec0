import { DataTable } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TicketListItem } from "@/lib/tickets/queries";
import { DueBadge } from "./search/due-badge";
import { TicketPriorityLabel, TicketStatusBadge } from "./ticket-badges";
import { TicketCheckbox } from "./ticket-selection";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

/**
 * The ticket table. For staff it adds requester and assignee columns and a checkbox per row for
 * bulk changes (inside a TicketSelection). Paging and empty states belong to the caller.
 */
export function TicketList({ tickets, showPeople, caption }: { tickets: TicketListItem[]; showPeople: boolean; caption: string }) {
  const now = new Date();
  return (
    <DataTable
      caption={caption}
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
      {tickets.map((ticket) => (
        <tr key={ticket.id} data-ticket-row={ticket.number} className="hover:bg-surface-muted/50">
          {showPeople && (
            <td className="py-3 pl-4">
              <TicketCheckbox number={ticket.number} title={ticket.title} />
            </td>
          )}
          <td className="hidden px-4 py-3 font-mono text-fg-muted sm:table-cell">{ticket.number}</td>
          <td className="w-full max-w-0 px-4 py-3">
            <WorkspaceLink href={`/tickets/${ticket.number}`} className="block truncate font-medium hover:underline">
              {ticket.title}
            </WorkspaceLink>
            <p className="truncate text-xs text-fg-muted">
              <span className="font-mono sm:hidden">#{ticket.number} · </span>
              {ticket.category?.name ?? "No category"}
            </p>
            {/* On narrow screens status and priority sit under the title instead of in columns. */}
            <div className="mt-1.5 flex items-center gap-3 sm:hidden">
              <TicketStatusBadge status={ticket.status} />
              <TicketPriorityLabel priority={ticket.priority} />
              <DueBadge status={ticket.status} dueAt={ticket.dueAt} now={now} />
            </div>
          </td>
          <td className="hidden px-4 py-3 whitespace-nowrap sm:table-cell">
            <span className="inline-flex flex-wrap gap-1.5">
              <TicketStatusBadge status={ticket.status} />
              <DueBadge status={ticket.status} dueAt={ticket.dueAt} now={now} />
            </span>
          </td>
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
  );
}
