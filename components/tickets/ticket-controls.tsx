"use client";

import { Button } from "@/components/ui/button";
import { TicketPriority, type TicketStatus } from "@/lib/generated/prisma/enums";
import {
  assignTicketAction,
  changeTicketCategoryAction,
  changeTicketPriorityAction,
  changeTicketStatusAction,
} from "@/lib/tickets/change-actions";
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

function StaffControls({ ticket, categories, agents, currentUserId }: TicketControlsProps) {
  const { isPending, run } = useTicketAction();
  const at = { ticketNumber: ticket.number, version: ticket.version };
  const saved = (what: string) => ({ changed }: { changed: boolean }) =>
    changed ? `${what} on #${ticket.number}.` : "Nothing to change.";

  const applyStatus = (value: string, reset: () => void) => {
    const status = value as TicketStatus;
    run(() => changeTicketStatusAction({ ...at, status }), saved(`Status set to ${STATUS_LABELS[status].toLowerCase()}`), reset);
  };
  const applyPriority = (value: string, reset: () => void) => {
    const priority = value as TicketPriority;
    run(() => changeTicketPriorityAction({ ...at, priority }), saved(`Priority set to ${PRIORITY_LABELS[priority].toLowerCase()}`), reset);
  };
  const applyCategory = (value: string, reset: () => void) =>
    run(() => changeTicketCategoryAction({ ...at, categoryId: value || null }), saved("Category changed"), reset);
  const applyAssignee = (value: string, reset?: () => void) => {
    const message = !value ? "Unassigned" : value === currentUserId ? "Assigned to you" : `Assigned to ${nameOf(agents, value)}`;
    run(() => assignTicketAction({ ...at, assigneeId: value || null }), saved(message), reset);
  };

  const statusOptions = [ticket.status, ...nextStatuses(ticket.status)].map((status) => ({
    value: status,
    label: STATUS_LABELS[status],
  }));
  const priorityOptions = Object.values(TicketPriority).map((priority) => ({ value: priority, label: PRIORITY_LABELS[priority] }));
  const canAssignSelf = ticket.assigneeId !== currentUserId && agents.some((agent) => agent.id === currentUserId);

  return (
    <div className="space-y-3">
      <ChangeField label="Status" value={ticket.status} options={statusOptions} onApply={applyStatus} isPending={isPending} />
      <ChangeField label="Priority" value={ticket.priority} options={priorityOptions} onApply={applyPriority} isPending={isPending} />
      <ChangeField
        label="Category"
        value={ticket.categoryId ?? NONE}
        options={optionsWithCurrent(categories, ticket.categoryId, "No category", "Archived category")}
        onApply={applyCategory}
        isPending={isPending}
      />
      <ChangeField
        label="Assignee"
        value={ticket.assigneeId ?? NONE}
        options={optionsWithCurrent(agents, ticket.assigneeId, "Unassigned", "Former team member")}
        onApply={applyAssignee}
        isPending={isPending}
      />
      {canAssignSelf && (
        <Button variant="ghost" data-shortcut="assign-me" isPending={isPending} onClick={() => applyAssignee(currentUserId)}>
          Assign to me
        </Button>
      )}
    </div>
  );
}

/**
 * The ticket's workflow controls: staff change status (to the next statuses the workflow
 * allows), priority, category and assignee; the requester closes and reopens. Every change
 * carries the version the page was rendered with; keyed by it, the fields start afresh when the
 * page shows a newer ticket.
 */
export function TicketControls(props: TicketControlsProps) {
  if (props.canManage) return <StaffControls key={props.ticket.version} {...props} />;
  if (props.isRequester) return <RequesterControls key={props.ticket.version} {...props} />;
  return null;
}
