import type { ReactNode } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import type { TicketDetail } from "@/lib/tickets/queries";
import { TicketPriorityLabel, TicketStatusBadge } from "./ticket-badges";

const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-2">
      <dt className="text-sm text-fg-muted">{label}</dt>
      <dd className="text-right text-sm">{children}</dd>
    </div>
  );
}

function Due({ date, now }: { date: Date | null; now: Date }) {
  if (!date) return <>—</>;
  return (
    <span className={date < now ? "font-medium text-danger" : undefined}>
      {absolute.format(date)} UTC{date < now && " (overdue)"}
    </span>
  );
}

/** Whether a stopped clock met its due time: the due time stays stored for exactly this. */
function Outcome({ at, due }: { at: Date; due: Date | null }) {
  const isLate = due !== null && at > due;
  return <span className={isLate ? "font-medium text-danger" : "text-success"}>{isLate ? "Missed" : "Met"}</span>;
}

function ResolutionSla({ ticket, now }: { ticket: TicketDetail; now: Date }) {
  if (ticket.resolvedAt) return <Outcome at={ticket.resolvedAt} due={ticket.dueAt} />;
  if (ticket.status === "CLOSED") return <>Closed without resolution</>;
  if (ticket.status === "WAITING_ON_CUSTOMER") return <>Paused while waiting on the customer</>;
  return <Due date={ticket.dueAt} now={now} />;
}

function FirstResponseSla({ ticket, now }: { ticket: TicketDetail; now: Date }) {
  if (!ticket.firstResponseAt) {
    return ticket.resolvedAt || ticket.status === "CLOSED" ? <>None</> : <Due date={ticket.firstResponseDueAt} now={now} />;
  }
  return (
    <>
      <RelativeTime date={ticket.firstResponseAt} now={now} /> · <Outcome at={ticket.firstResponseAt} due={ticket.firstResponseDueAt} />
    </>
  );
}

/**
 * The ticket's fields, read-only. With `hasControls` the ones the change controls above already
 * show (status, priority, category, assignee) are left out.
 */
export function TicketFields({ ticket, now, hasControls = false }: { ticket: TicketDetail; now: Date; hasControls?: boolean }) {
  return (
    <dl className="divide-y divide-border rounded-lg border border-border bg-surface px-4">
      {!hasControls && (
        <>
          <Field label="Status"><TicketStatusBadge status={ticket.status} /></Field>
          <Field label="Priority"><TicketPriorityLabel priority={ticket.priority} /></Field>
          <Field label="Category">{ticket.category?.name ?? "No category"}</Field>
        </>
      )}
      <Field label="Requester">
        <span className="block">{ticket.requester.name}</span>
        {ticket.requester.email && <span className="block text-xs text-fg-muted">{ticket.requester.email}</span>}
      </Field>
      {!hasControls && <Field label="Assignee">{ticket.assignee?.name ?? "Unassigned"}</Field>}
      <Field label="Created"><RelativeTime date={ticket.createdAt} now={now} /></Field>
      <Field label="Resolution due"><ResolutionSla ticket={ticket} now={now} /></Field>
      <Field label="First response"><FirstResponseSla ticket={ticket} now={now} /></Field>
    </dl>
  );
}
