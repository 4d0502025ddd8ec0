"use client";

import { useState } from "react";
import { LinkToIncidentForm } from "@/components/incidents/link-to-incident-form";
import { Button } from "@/components/ui/button";
import type { LinkableIncident } from "@/lib/incidents/queries";
import { TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { bulkChangeTicketsAction } from "@/lib/tickets/change-actions";
import type { BulkChange } from "@/lib/tickets/change-schemas";
import { PRIORITY_LABELS, STATUS_LABELS } from "@/lib/tickets/labels";
import { useTicketAction } from "./use-ticket-action";

export type BulkActionBarProps = {
  /** The ticket numbers selected in the list (at most MAX_BULK_TICKETS). */
  selectedNumbers: number[];
  /** From listAssignableAgents. */
  agents: { id: string; name: string }[];
  currentUserId: string;
  /** Open incidents to link the selection to; null hides "Link to incident". */
  incidents: LinkableIncident[] | null;
  /** Called after a change succeeded, so the list can empty its selection. */
  onClearSelection: () => void;
};

// NEW is where tickets start, never a target; CLOSED has its own button.
const STATUS_OPTIONS = Object.values(TicketStatus)
  .filter((status) => status !== "NEW" && status !== "CLOSED")
  .map((status) => ({ value: status, label: STATUS_LABELS[status] }));
const PRIORITY_OPTIONS = Object.values(TicketPriority).map((priority) => ({ value: priority, label: PRIORITY_LABELS[priority] }));
const UNASSIGNED = "unassigned";

type BulkSelectProps = {
  label: string;
  placeholder: string;
  options: { value: string; label: string }[];
  button: string;
  isPending: boolean;
  onApply: (value: string) => void;
};

/** A choice applied with its button, which stays disabled until something is chosen. */
function BulkSelect({ label, placeholder, options, button, isPending, onApply }: BulkSelectProps) {
  const [value, setValue] = useState("");
  return (
    <div className="flex items-center gap-2">
      <select
        aria-label={label}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        className="h-9 rounded-md border border-border bg-surface px-2 text-sm"
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Button variant="secondary" disabled={!value} isPending={isPending} onClick={() => onApply(value)}>
        {button}
      </Button>
    </div>
  );
}

const plural = (count: number) => `${count} ticket${count === 1 ? "" : "s"}`;

function describeResult({ changed, unchanged }: { changed: number; unchanged: number }) {
  const already = unchanged > 0 ? ` ${plural(unchanged)} already had it.` : "";
  return `${plural(changed)} updated.${already}`;
}

/**
 * Applies one change to every selected ticket at once: all of them take it or none does, and
 * the message names the tickets that could not. Renders nothing without a selection.
 */
export function BulkActionBar({ selectedNumbers, agents, currentUserId, incidents, onClearSelection }: BulkActionBarProps) {
  const { isPending, run } = useTicketAction();
  const [isConfirmingClose, setIsConfirmingClose] = useState(false);

  if (selectedNumbers.length === 0) return null;
  const assigneeOptions = [
    { value: currentUserId, label: "Me" },
    ...agents.filter((agent) => agent.id !== currentUserId).map((agent) => ({ value: agent.id, label: agent.name })),
    { value: UNASSIGNED, label: "Nobody (unassign)" },
  ];

  const apply = (change: BulkChange) =>
    run(
      () => bulkChangeTicketsAction({ ticketNumbers: selectedNumbers, change }),
      (result) => {
        setIsConfirmingClose(false);
        onClearSelection();
        return describeResult(result);
      },
      () => setIsConfirmingClose(false),
    );

  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface-muted p-3"
    >
      <p className="text-sm font-medium" aria-live="polite">
        {plural(selectedNumbers.length)} selected
      </p>
      <BulkSelect
        label="Assign selected tickets to"
        placeholder="Assign to…"
        options={assigneeOptions}
        button="Assign"
        isPending={isPending}
        onApply={(value) => apply({ kind: "assign", assigneeId: value === UNASSIGNED ? null : value })}
      />
      <BulkSelect
        label="Set the status of selected tickets"
        placeholder="Set status…"
        options={STATUS_OPTIONS}
        button="Set status"
        isPending={isPending}
        onApply={(value) => apply({ kind: "status", status: value as TicketStatus })}
      />
      <BulkSelect
        label="Set the priority of selected tickets"
        placeholder="Set priority…"
        options={PRIORITY_OPTIONS}
        button="Set priority"
        isPending={isPending}
        onApply={(value) => apply({ kind: "priority", priority: value as TicketPriority })}
      />
      {incidents && <LinkToIncidentForm ticketNumbers={selectedNumbers} incidents={incidents} onLinked={onClearSelection} />}
      {isConfirmingClose ? (
        <div role="group" aria-label="Confirm closing the selected tickets" className="flex items-center gap-2">
          <p className="text-sm">Close {plural(selectedNumbers.length)}?</p>
          <Button variant="danger" isPending={isPending} onClick={() => apply({ kind: "close" })}>
            Yes, close
          </Button>
          <Button variant="ghost" disabled={isPending} onClick={() => setIsConfirmingClose(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" disabled={isPending} onClick={() => setIsConfirmingClose(true)}>
          Close
        </Button>
      )}
    </div>
  );
}
