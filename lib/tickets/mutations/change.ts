import "server-only";
import type { Actor } from "@/lib/auth/session";
import { selectableCategoryScope } from "@/lib/categories/policy";
import { db } from "@/lib/db";
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
} from "../change-schemas";
import type { TicketAction } from "../policy";
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

/**
 * The frame of every single-ticket change: in one transaction, load the ticket through the
 * actor's scope, authorize, refuse a stale version, build the change (which validates it) and
 * apply it with its event, audit entry and due times. A change to the value it already has
 * writes nothing.
 */
export function runTicketChange(
  actor: Actor,
  input: { ticketNumber: number; version: number },
  action: TicketAction,
  build: Build,
  context?: RequestContext,
): Promise<TicketChangeResult> {
  return db.$transaction(async (tx) => {
    const ticket = await loadTicketForChange(tx, actor, input.ticketNumber, action);
    assertCurrentVersion(ticket, input.version);
    const now = new Date();
    const change = await build(tx, ticket, now);
    if (!change) return { changed: false, version: ticket.version };
    const version = await applyTicketChange(tx, actor, ticket, change, { now, context });
    await notifyTicketChange(tx, actor, ticket, change);
    return { changed: true, version };
  });
}

/** Staff move a ticket along the workflow (lib/tickets/workflow.ts); other moves are refused. */
export function changeTicketStatus(actor: Actor, input: ChangeStatusInput, context?: RequestContext) {
  return runTicketChange(actor, input, "change_status", (_tx, ticket, now) => {
    if (ticket.status !== input.status && !isTransitionAllowed(ticket.status, input.status)) {
      const message = transitionRefusedMessage(ticket.status, input.status);
      throw new ValidationError(message, { status: [message] });
    }
    return statusChange(ticket, input.status, now);
  }, context);
}

/** Staff set a ticket's priority; its due times follow the new priority's targets. */
export function changeTicketPriority(actor: Actor, input: ChangePriorityInput, context?: RequestContext) {
  return runTicketChange(actor, input, "change_priority", (_tx, ticket) => priorityChange(ticket, input.priority), context);
}

/** Staff file a ticket under an active category of the workspace, or under none. */
export function changeTicketCategory(actor: Actor, input: ChangeCategoryInput, context?: RequestContext) {
  return runTicketChange(actor, input, "change_category", async (tx, ticket) => {
    const change = categoryChange(ticket, input.categoryId);
    if (change && input.categoryId) {
      const category = await tx.category.findFirst({
        where: { AND: [selectableCategoryScope(actor), { id: input.categoryId }] },
        select: { id: true },
      });
      if (!category) throw new ValidationError(CATEGORY_NOT_AVAILABLE_MESSAGE, { categoryId: [CATEGORY_NOT_AVAILABLE_MESSAGE] });
    }
    return change;
  }, context);
}

/** Staff assign a ticket to a staff member of the workspace (themselves included) or unassign it. */
export function assignTicket(actor: Actor, input: AssignTicketInput, context?: RequestContext) {
  return runTicketChange(actor, input, "assign", async (tx, ticket) => {
    const change = assigneeChange(ticket, input.assigneeId);
    if (change && input.assigneeId && !(await isAssignableAgent(tx, actor, input.assigneeId))) {
      throw new ValidationError(ASSIGNEE_NOT_AVAILABLE_MESSAGE, { assigneeId: [ASSIGNEE_NOT_AVAILABLE_MESSAGE] });
    }
    return change;
  }, context);
}
