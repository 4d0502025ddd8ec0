import "server-only";
import type { TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "../labels";
import { isReopen, timestampChanges } from "../workflow";
import type { TicketChange, TicketForChange } from "./change-core";

// Each builder returns null when the ticket already has the value: nothing to write or record.

export function statusChange(ticket: TicketForChange, to: TicketStatus, now: Date): TicketChange | null {
  if (ticket.status === to) return null;
  return {
    data: {
      status: to,
      ...timestampChanges(ticket.status, to, now),
      // The dashboard's reopen rate counts resolved tickets that had to be reopened first.
      ...(isReopen(ticket.status, to) && { reopenCount: { increment: 1 } }),
    },
    eventType: "STATUS_CHANGED",
    from: ticket.status,
    to,
    auditAction: "ticket.status_changed",
  };
}

export function priorityChange(ticket: TicketForChange, to: TicketPriority): TicketChange | null {
  if (ticket.priority === to) return null;
  return { data: { priority: to }, eventType: "PRIORITY_CHANGED", from: ticket.priority, to, auditAction: "ticket.priority_changed" };
}

export function categoryChange(ticket: TicketForChange, categoryId: string | null): TicketChange | null {
  if (ticket.categoryId === categoryId) return null;
  return {
    data: { categoryId },
    eventType: "CATEGORY_CHANGED",
    from: ticket.categoryId,
    to: categoryId,
    auditAction: "ticket.category_changed",
  };
}

export function assigneeChange(ticket: TicketForChange, assigneeId: string | null): TicketChange | null {
  if (ticket.assigneeId === assigneeId) return null;
  return {
    data: { assigneeId },
    eventType: "ASSIGNEE_CHANGED",
    from: ticket.assigneeId,
    to: assigneeId,
    auditAction: "ticket.assigned",
  };
}

export function transitionRefusedMessage(from: TicketStatus, to: TicketStatus): string {
  return `A ticket that is ${STATUS_LABELS[from].toLowerCase()} cannot be moved to ${STATUS_LABELS[to].toLowerCase()}.`;
}

export const ASSIGNEE_NOT_AVAILABLE_MESSAGE = "Choose an agent of this workspace.";
export const CATEGORY_NOT_AVAILABLE_MESSAGE = "This category is no longer available. Choose another.";
