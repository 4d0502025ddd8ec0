import { ChevronLeft } from "lucide-react";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TicketDetail } from "@/lib/tickets/queries";
import { TicketKindBadge, TicketPriorityLabel, TicketStatusBadge } from "./ticket-badges";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

/** Number, title, badges and who asked when; the fields themselves are in the side panel. */
export function TicketHeader({ ticket, now }: { ticket: TicketDetail; now: Date }) {
  return (
    <header className="space-y-3">
      <WorkspaceLink href="/tickets" className="inline-flex items-center gap-1 text-sm text-fg-muted hover:text-fg">
        <ChevronLeft aria-hidden className="size-4" /> All tickets
      </WorkspaceLink>
      <h1 className="text-2xl font-semibold tracking-tight break-words">
        <span className="font-mono text-fg-muted">#{ticket.number}</span> {ticket.title}
      </h1>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-fg-muted">
        <TicketStatusBadge status={ticket.status} />
        <TicketPriorityLabel priority={ticket.priority} />
        <TicketKindBadge kind={ticket.kind} />
        <span>{ticket.category?.name ?? "No category"}</span>
        <span>
          Requested by <span className="text-fg">{ticket.requester.name}</span> · <RelativeTime date={ticket.createdAt} now={now} />
        </span>
        <span>Assignee: <span className="text-fg">{ticket.assignee?.name ?? "Unassigned"}</span></span>
      </div>
    </header>
  );
}
