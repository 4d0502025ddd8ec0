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

/** The ticket's fields, read-only: the side panel where the workflow's change controls go. */
export function TicketFields({ ticket, now }: { ticket: TicketDetail; now: Date }) {
  return (
    <dl className="divide-y divide-border rounded-lg border border-border bg-surface px-4">
      <Field label="Status"><TicketStatusBadge status={ticket.status} /></Field>
      <Field label="Priority"><TicketPriorityLabel priority={ticket.priority} /></Field>
      <Field label="Category">{ticket.category?.name ?? "No category"}</Field>
      <Field label="Requester">
        <span className="block">{ticket.requester.name}</span>
        {ticket.requester.email && <span className="block text-xs text-fg-muted">{ticket.requester.email}</span>}
      </Field>
      <Field label="Assignee">{ticket.assignee?.name ?? "Unassigned"}</Field>
      <Field label="Created"><RelativeTime date={ticket.createdAt} now={now} /></Field>
      <Field label="SLA due"><Due date={ticket.dueAt} now={now} /></Field>
      <Field label="First response">
        {ticket.firstResponseAt ? <RelativeTime date={ticket.firstResponseAt} now={now} /> : <Due date={ticket.firstResponseDueAt} now={now} />}
      </Field>
    </dl>
  );
}
