"use client";

import { Link2 } from "lucide-react";
import { useId, useState } from "react";
import { useTicketAction } from "@/components/tickets/use-ticket-action";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { linkIncidentTicketsAction } from "@/lib/incidents/actions";
import { INCIDENT_STATUS_LABELS, incidentReference } from "@/lib/incidents/labels";
import type { LinkableIncident } from "@/lib/incidents/queries";

export type LinkToIncidentFormProps = {
  ticketNumbers: number[];
  /** Open incidents to choose from (listLinkableIncidents), those already linked left out. */
  incidents: LinkableIncident[];
  /** Called after the tickets were linked, e.g. to empty the queue's selection. */
  onLinked?: () => void;
  className?: string;
};

const plural = (count: number) => `${count} ticket${count === 1 ? "" : "s"}`;

/** Links the given tickets (one from its page, or the queue's selection) to an open incident. */
export function LinkToIncidentForm({ ticketNumbers, incidents, onLinked, className }: LinkToIncidentFormProps) {
  const { isPending, run } = useTicketAction();
  const [chosen, setChosen] = useState("");
  const id = useId();
  if (incidents.length === 0) return <p className={cn("text-sm text-fg-muted", className)}>No open incident to link to.</p>;
  return (
    <form
      aria-label="Link to incident"
      className={cn("flex items-center gap-2", className)}
      onSubmit={(event) => {
        event.preventDefault();
        const incidentNumber = Number(chosen);
        run(
          () => linkIncidentTicketsAction({ incidentNumber, ticketNumbers }),
          ({ linked, alreadyLinked }) => {
            setChosen("");
            onLinked?.();
            const already = alreadyLinked > 0 ? ` ${plural(alreadyLinked)} already linked.` : "";
            return `${plural(linked)} linked to ${incidentReference(incidentNumber)}.${already}`;
          },
        );
      }}
    >
      <label htmlFor={id} className="sr-only">
        Incident to link {ticketNumbers.length === 1 ? "this ticket" : "the selected tickets"} to
      </label>
      <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)} className="h-9 w-full min-w-0 rounded-md border border-border bg-surface px-2 text-sm">
        <option value="">Link to incident…</option>
        {incidents.map((incident) => (
          <option key={incident.number} value={incident.number}>
            {incidentReference(incident.number)} {incident.title} ({INCIDENT_STATUS_LABELS[incident.status]})
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={!chosen} isPending={isPending}>
        <Link2 aria-hidden className="size-4" /> Link
      </Button>
    </form>
  );
}
