"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { TicketPriority, type TicketStatus } from "@/lib/generated/prisma/enums";
import {
  assignTicketAction,
  changeTicketCategoryAction,
  changeTicketPriorityAction,
  changeTicketStatusAction,
  closeOwnTicketAction,
  reopenOwnTicketAction,
} from "@/lib/tickets/change-actions";
import type { TicketActionResult } from "@/lib/tickets/change-schemas";
import { PRIORITY_LABELS, STATUS_LABELS } from "@/lib/tickets/labels";
import { nextStatuses } from "@/lib/tickets/workflow";

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

/**
 * Runs a ticket action and reports it: a toast either way, and on a conflict a refresh, so the
 * actor sees the fresh state the message talks about. Success needs no refresh: the action
 * revalidates the page.
 */
export function useTicketAction() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const run = <T,>(action: () => Promise<TicketActionResult<T>>, success: (data: T) => string, onFailure?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) return void toast.success(success(result.data));
      toast.error(result.error);
      onFailure?.();
      if (result.code === "CONFLICT") router.refresh();
    });
  return { isPending, run };
}

const NONE = "";
const selectClasses = "h-9 min-w-0 flex-1 rounded-md border border-border bg-surface px-2 text-sm";

type ChangeFieldProps = {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  /** `reset` puts the select back to the saved value, for when the change is refused. */
  onApply: (value: string, reset: () => void) => void;
  isPending: boolean;
};

/**
 * A select applied with its own button: a select that saved on change would save every value a
 * keyboard user passes through with the arrow keys.
 */
function ChangeField({ label, value, options, onApply, isPending }: ChangeFieldProps) {
  const [selected, setSelected] = useState(value);
  const id = `ticket-${label.toLowerCase()}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-xs font-medium text-fg-muted">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <select
          id={id}
          data-shortcut={label.toLowerCase()}
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
          disabled={isPending}
          className={selectClasses}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {selected !== value && (
          <Button variant="secondary" isPending={isPending} onClick={() => onApply(selected, () => setSelected(value))}>
            {isPending ? "Saving…" : "Apply"}
          </Button>
        )}
      </div>
    </div>
  );
}

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

const deadlineFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const REQUESTER_STEPS = {
  close: {
    button: "Close ticket",
    question: "Close this ticket? It cannot be reopened afterwards.",
    confirm: "Yes, close it",
    group: "Confirm closing the ticket",
    action: closeOwnTicketAction,
    success: (number: number) => `Ticket #${number} closed.`,
  },
  reopen: {
    button: "Reopen",
    question: "Reopen this ticket? The team will pick it up again.",
    confirm: "Yes, reopen it",
    group: "Confirm reopening the ticket",
    action: reopenOwnTicketAction,
    success: (number: number) => `Ticket #${number} reopened.`,
  },
} as const;

function RequesterControls({ ticket, reopenDeadline }: TicketControlsProps) {
  const { isPending, run } = useTicketAction();
  const [confirming, setConfirming] = useState<keyof typeof REQUESTER_STEPS | null>(null);
  // The page passes a deadline only while the window is open; the server checks again anyway.
  const canReopen = ticket.status === "RESOLVED" && reopenDeadline !== null;
  const canClose = ticket.status !== "CLOSED";

  if (confirming) {
    const step = REQUESTER_STEPS[confirming];
    const confirm = () =>
      run(() => step.action({ ticketNumber: ticket.number, version: ticket.version }), () => step.success(ticket.number), () =>
        setConfirming(null),
      );
    return (
      <div role="group" aria-label={step.group} className="flex flex-wrap items-center gap-2">
        <p className="text-sm">{step.question}</p>
        <Button variant={confirming === "close" ? "danger" : "primary"} isPending={isPending} onClick={confirm}>
          {step.confirm}
        </Button>
        <Button variant="ghost" disabled={isPending} onClick={() => setConfirming(null)}>
          Cancel
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canReopen && (
        <Button variant="secondary" onClick={() => setConfirming("reopen")}>
          {REQUESTER_STEPS.reopen.button}
        </Button>
      )}
      {canClose && (
        <Button variant="secondary" onClick={() => setConfirming("close")}>
          {REQUESTER_STEPS.close.button}
        </Button>
      )}
      {canReopen && reopenDeadline && (
        <p className="text-xs text-fg-muted">You can reopen it until {deadlineFormat.format(reopenDeadline)} UTC.</p>
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
