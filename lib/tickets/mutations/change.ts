import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { selectableCategoryScope } from "@/lib/categories/policy";
import { transactionFor } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyTicketChange } from "@/lib/notifications/notify-change";
import type { RequestContext } from "@/lib/request-context";
import { isAssignableAgent } from "../assignees";
import type {
  AssignTicketInput,
  ChangeCategoryInput,
  ChangePriorityInput,
  ChangeStatusInput,
  TicketChangeResult,
  TicketFieldsInput,
} from "../change-schemas";
import { type TicketAction, authorize } from "../policy";
import { isTransitionAllowed } from "../workflow";
import {
  type TicketChange,
  type TicketForChange,
  applyTicketChange,
  assertCurrentVersion,
  loadTicketForChange,
} from "./change-core";
import {
  ASSIGNEE_NOT_AVAILABLE_MESSAGE,
  CATEGORY_NOT_AVAILABLE_MESSAGE,
  assigneeChange,
  categoryChange,
  priorityChange,
  statusChange,
  transitionRefusedMessage,
} from "./change-kinds";

type Transaction = Prisma.TransactionClient;
type Build = (tx: Transaction, ticket: TicketForChange, now: Date) => Promise<TicketChange | null> | TicketChange | null;

type ChangeStep = readonly [TicketAction, Build];

/**
 * The frame of every change to one ticket: in one transaction, load the ticket through the
 * actor's scope, authorize each step, refuse a stale version, then build each change (which
 * validates it against the ticket as the previous step left it) and apply it with its event,
 * audit entry and due times. A change to the value it already has writes nothing.
 */
function runTicketChanges(
  actor: Actor,
  input: { ticketNumber: number; version: number },
  steps: readonly ChangeStep[],
  context?: RequestContext,
): Promise<TicketChangeResult> {
  return transactionFor(actor, async (tx) => {
    let ticket = await loadTicketForChange(tx, actor, input.ticketNumber, steps.length === 1 ? steps[0]![0] : "view");
    for (const [action] of steps) authorize(actor, action, ticket);
    assertCurrentVersion(ticket, input.version);
    const now = new Date();
    for (const [, build] of steps) {
      const change = await build(tx, ticket, now);
      if (!change) continue;
      const version = await applyTicketChange(tx, actor, ticket, change, { now, context });
      await notifyTicketChange(tx, actor, ticket, change);
      ticket = { ...ticket, ...(change.data as Partial<TicketForChange>), version };
    }
    return { changed: ticket.version !== input.version, version: ticket.version };
  });
}

/** One change to one ticket (see runTicketChanges). */
export function runTicketChange(
  actor: Actor,
  input: { ticketNumber: number; version: number },
  action: TicketAction,
  build: Build,
  context?: RequestContext,
): Promise<TicketChangeResult> {
  return runTicketChanges(actor, input, [[action, build]], context);
}

/** A status move along the workflow (lib/tickets/workflow.ts); other moves are refused. */
const buildStatusChange = (status: ChangeStatusInput["status"]): Build => (_tx, ticket, now) => {
  if (ticket.status !== status && !isTransitionAllowed(ticket.status, status)) {
    const message = transitionRefusedMessage(ticket.status, status);
    throw new ValidationError(message, { status: [message] });
  }
  return statusChange(ticket, status, now);
};

const buildPriorityChange = (priority: ChangePriorityInput["priority"]): Build => (_tx, ticket) => priorityChange(ticket, priority);

/** An active category of the workspace, or none. */
const buildCategoryChange = (actor: Actor, categoryId: string | null): Build => async (tx, ticket) => {
  const change = categoryChange(ticket, categoryId);
  if (change && categoryId) {
    const category = await tx.category.findFirst({
      where: { AND: [selectableCategoryScope(actor), { id: categoryId }] },
      select: { id: true },
    });
    if (!category) throw new ValidationError(CATEGORY_NOT_AVAILABLE_MESSAGE, { categoryId: [CATEGORY_NOT_AVAILABLE_MESSAGE] });
  }
  return change;
};

/** A staff member of the workspace (the actor included), or nobody. */
const buildAssigneeChange = (actor: Actor, assigneeId: string | null): Build => async (tx, ticket) => {
  const change = assigneeChange(ticket, assigneeId);
  if (change && assigneeId && !(await isAssignableAgent(tx, actor, assigneeId))) {
    throw new ValidationError(ASSIGNEE_NOT_AVAILABLE_MESSAGE, { assigneeId: [ASSIGNEE_NOT_AVAILABLE_MESSAGE] });
  }
  return change;
};

/** Staff move a ticket along the workflow; other moves are refused. */
export function changeTicketStatus(actor: Actor, input: ChangeStatusInput, context?: RequestContext) {
  return runTicketChange(actor, input, "change_status", buildStatusChange(input.status), context);
}

/** Staff set a ticket's priority; its due times follow the new priority's targets. */
export function changeTicketPriority(actor: Actor, input: ChangePriorityInput, context?: RequestContext) {
  return runTicketChange(actor, input, "change_priority", buildPriorityChange(input.priority), context);
}

/** Staff file a ticket under an active category of the workspace, or under none. */
export function changeTicketCategory(actor: Actor, input: ChangeCategoryInput, context?: RequestContext) {
  return runTicketChange(actor, input, "change_category", buildCategoryChange(actor, input.categoryId), context);
}

/** Staff assign a ticket to a staff member of the workspace (themselves included) or unassign it. */
export function assignTicket(actor: Actor, input: AssignTicketInput, context?: RequestContext) {
  return runTicketChange(actor, input, "assign", buildAssigneeChange(actor, input.assigneeId), context);
}

/**
 * Several fields at once (the API's PATCH), all or nothing: in one transaction, each change is
 * validated against the ticket as the previous one left it and recorded as its own timeline
 * event, in the order status, priority, category, assignee. `version` is the one the caller saw.
 */
export function changeTicketFields(actor: Actor, input: TicketFieldsInput, context?: RequestContext): Promise<TicketChangeResult> {
  const steps: ChangeStep[] = [];
  if (input.status !== undefined) steps.push(["change_status", buildStatusChange(input.status)]);
  if (input.priority !== undefined) steps.push(["change_priority", buildPriorityChange(input.priority)]);
  if (input.categoryId !== undefined) steps.push(["change_category", buildCategoryChange(actor, input.categoryId)]);
  if (input.assigneeId !== undefined) steps.push(["assign", buildAssigneeChange(actor, input.assigneeId)]);
  return runTicketChanges(actor, input, steps, context);
}
