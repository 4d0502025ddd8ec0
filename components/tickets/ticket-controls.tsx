"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { TicketPriority, type TicketStatus } from "@/lib/generated/prisma/enums";
import { assignTicketAction, changeTicketFieldsAction } from "@/lib/tickets/change-actions";
import type { TicketFields } from "@/lib/tickets/change-schemas";
import { PRIORITY_LABELS, STATUS_LABELS } from "@/lib/tickets/labels";
import { nextStatuses } from "@/lib/tickets/workflow";
import { ChangeField } from "./change-field";
import { RequesterControls } from "./requester-controls";
import { useTicketAction } from "./use-ticket-action";

type Option = { id: string; name: string };

export type TicketControlsProps = {
  ticket: {
    number: number;
    status: TicketStatus;
    priority: TicketPriority;
    categoryId: string | null;
    assigneeId: string | null;
    version: number;
    requesterId: string;
  };
  /** Staff: status, priority, category and assignee. */
  canManage: boolean;
  /** The requester: close, and reopen within the window. */
  isRequester: boolean;
  /** The workspace's active categories. */
  categories: Option[];
  /** From listAssignableAgents. */
  agents: Option[];
  currentUserId: string;
  /**
   * Until when the requester may reopen (reopenDeadline in lib/tickets/workflow.ts); null when they
   * may not: not resolved, or the window has passed (canRequesterReopen).
   */
  reopenDeadline: Date | null;
};

const NONE = "";

const toOption = (item: Option) => ({ value: item.id, label: item.name });
const nameOf = (list: Option[], id: string | null) => list.find((item) => item.id === id)?.name;

/** The list's options, led by the current value when the list no longer has it (archived, removed). */
function optionsWithCurrent(list: Option[], currentId: string | null, noneLabel: string, missingLabel: string) {
  const current = currentId && !nameOf(list, currentId) ? [{ value: currentId, label: missingLabel }] : [];
  return [{ value: NONE, label: noneLabel }, ...current, ...list.map(toOption)];
}

type FieldName = keyof TicketFields;
const FIELD_NAMES = ["status", "priority", "categoryId", "assigneeId"] as const satisfies FieldName[];

function StaffControls({ ticket, categories, agents, currentUserId }: TicketControlsProps) {
  const { isPending, run } = useTicketAction();
  // Only the fields the actor changed, kept when the page shows a newer ticket (someone else's
  // change, "Assign to me"): a choice disappears when it is saved, discarded or already true.
  const [chosen, setChosen] = useState<Partial<Record<FieldName, string>>>({});
  const saved: Record<FieldName, string> = {
    status: ticket.status,
    priority: ticket.priority,
    categoryId: ticket.categoryId ?? NONE,
    assigneeId: ticket.assigneeId ?? NONE,
  };
  const changed = FIELD_NAMES.filter((name) => chosen[name] !== undefined && chosen[name] !== saved[name]);
  const valueOf = (name: FieldName) => chosen[name] ?? saved[name];
  const choose = (name: FieldName) => (value: string) => setChosen((current) => ({ ...current, [name]: value }));
  const discard = () => setChosen({});

  const describe = (name: FieldName, value: string) => {
    if (name === "status") return `status set to ${STATUS_LABELS[value as TicketStatus].toLowerCase()}`;
    if (name === "priority") return `priority set to ${PRIORITY_LABELS[value as TicketPriority].toLowerCase()}`;
    if (name === "categoryId") return "category changed";
    if (!value) return "unassigned";
    return value === currentUserId ? "assigned to you" : `assigned to ${nameOf(agents, value)}`;
  };
  const report = (parts: string[]) => ({ changed: didChange }: { changed: boolean }) => {
    if (!didChange) return "Nothing to change.";
    const sentence = parts.join(", ");
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} on #${ticket.number}.`;
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const fields: TicketFields = {};
    if (changed.includes("status")) fields.status = valueOf("status") as TicketStatus;
    if (changed.includes("priority")) fields.priority = valueOf("priority") as TicketPriority;
    if (changed.includes("categoryId")) fields.categoryId = valueOf("categoryId") || null;
    if (changed.includes("assigneeId")) fields.assigneeId = valueOf("assigneeId") || null;
    const parts = changed.map((name) => describe(name, valueOf(name)));
    const reportSaved = report(parts);
    run(() => changeTicketFieldsAction({ ticketNumber: ticket.number, version: ticket.version, ...fields }), (result) => {
      discard();
      return reportSaved(result);
    });
  };
  const assignToMe = () =>
    run(() => assignTicketAction({ ticketNumber: ticket.number, version: ticket.version, assigneeId: currentUserId }), report(["assigned to you"]));

  // A choice the newer ticket no longer allows stays on show: saving it explains why it is refused.
  const chosenStatus = chosen.status ? [chosen.status as TicketStatus] : [];
  const statuses = new Set([ticket.status, ...nextStatuses(ticket.status), ...chosenStatus]);
  const statusOptions = [...statuses].map((status) => ({
    value: status,
    label: STATUS_LABELS[status],
  }));
  const priorityOptions = Object.values(TicketPriority).map((priority) => ({ value: priority, label: PRIORITY_LABELS[priority] }));
  const canAssignSelf = ticket.assigneeId !== currentUserId && agents.some((agent) => agent.id === currentUserId);
  const field = (name: FieldName) => ({ value: valueOf(name), isChanged: changed.includes(name), onChange: choose(name), isPending });

  return (
    <form onSubmit={save} aria-label="Ticket fields" className="space-y-3">
      <ChangeField label="Status" options={statusOptions} {...field("status")} />
      <ChangeField label="Priority" options={priorityOptions} {...field("priority")} />
      <ChangeField
        label="Category"
        options={optionsWithCurrent(categories, ticket.categoryId, "No category", "Archived category")}
        {...field("categoryId")}
      />
      <ChangeField
        label="Assignee"
        options={optionsWithCurrent(agents, ticket.assigneeId, "Unassigned", "Former team member")}
        {...field("assigneeId")}
      />
      <p role="status" className="text-sm text-fg-muted">
        {changed.length > 0 && `${changed.length} unsaved ${changed.length === 1 ? "change" : "changes"}`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {changed.length > 0 && (
          <>
            <Button type="submit" isPending={isPending}>
              {isPending ? "Saving…" : "Save changes"}
            </Button>
            <Button type="button" variant="ghost" disabled={isPending} onClick={discard}>
              Discard
            </Button>
          </>
        )}
        {canAssignSelf && (
          <Button type="button" variant="ghost" data-shortcut="assign-me" isPending={isPending} onClick={assignToMe}>
            Assign to me
          </Button>
        )}
      </div>
    </form>
  );
}

/**
 * The ticket's workflow controls: staff change status (to the next statuses the workflow
 * allows), priority, category and assignee and save them together, in one change of one version
 * with a timeline entry per field; the requester closes and reopens. Every change carries the
 * version the page was rendered with; the requester's steps, keyed by it, start afresh when the
 * page shows a newer ticket.
 */
export function TicketControls(props: TicketControlsProps) {
  if (props.canManage) return <StaffControls {...props} />;
  if (props.isRequester) return <RequesterControls key={props.ticket.version} {...props} />;
  return null;
}
