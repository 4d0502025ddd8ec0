"use client";

import { Link2, Unlink } from "lucide-react";
import { useId, useState } from "react";
import { useTicketAction } from "@/components/tickets/use-ticket-action";
import { TicketStatusBadge } from "@/components/tickets/ticket-badges";
import { Button } from "@/components/ui/button";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { linkIncidentTicketAction, unlinkIncidentTicketAction } from "@/lib/incidents/actions";

export type IncidentTicketsProps = {
  incidentNumber: number;
  tickets: { number: number; title: string; status: TicketStatus }[];
  canManage: boolean;
};

/** The linked tickets with their status; staff link one by number and unlink. */
export function IncidentTickets({ incidentNumber, tickets, canManage }: IncidentTicketsProps) {
  const { isPending, run } = useTicketAction();
  const [ticketNumber, setTicketNumber] = useState("");
  const id = useId();
  const number = Number(ticketNumber.replace(/^#/, ""));
  const isNumber = Number.isInteger(number) && number > 0;

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        Linked tickets <span className="font-normal text-fg-muted">({tickets.length})</span>
      </h2>
      {tickets.length === 0 ? (
        <p className="text-sm text-fg-muted">No tickets linked yet.</p>
      ) : (
        <ul className="space-y-2">
          {tickets.map((ticket) => (
            <li key={ticket.number} className="flex items-start justify-between gap-2 text-sm">
              <div className="min-w-0">
                <WorkspaceLink href={`/tickets/${ticket.number}`} className="block truncate font-medium hover:underline">
                  <span className="font-mono text-fg-muted">#{ticket.number}</span> {ticket.title}
                </WorkspaceLink>
                <TicketStatusBadge status={ticket.status} />
              </div>
              {canManage && (
                <Button
                  variant="ghost"
                  className="h-7 shrink-0 px-2"
                  aria-label={`Unlink ticket #${ticket.number}`}
                  disabled={isPending}
                  onClick={() => run(() => unlinkIncidentTicketAction({ incidentNumber, ticketNumber: ticket.number }), () => `Ticket #${ticket.number} unlinked.`)}
                >
                  <Unlink aria-hidden className="size-4" />
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form
          className="flex gap-2 border-t border-border pt-3"
          aria-label="Link a ticket"
          onSubmit={(event) => {
            event.preventDefault();
            if (!isNumber) return;
            run(
              () => linkIncidentTicketAction({ incidentNumber, ticketNumber: number }),
              (result) => {
                setTicketNumber("");
                return result.changed ? `Ticket #${number} linked.` : `Ticket #${number} was already linked.`;
              },
            );
          }}
        >
          <label htmlFor={`${id}-number`} className="sr-only">
            Ticket number
          </label>
          <input
            id={`${id}-number`}
            inputMode="numeric"
            value={ticketNumber}
            onChange={(event) => setTicketNumber(event.target.value)}
            placeholder="Ticket #"
            className="h-9 w-full min-w-0 rounded-md border border-border bg-surface px-2 text-sm"
          />
          <Button type="submit" variant="secondary" disabled={!isNumber} isPending={isPending}>
            <Link2 aria-hidden className="size-4" /> Link
          </Button>
        </form>
      )}
    </section>
  );
}
