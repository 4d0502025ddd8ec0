import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyTicketChange } from "@/lib/notifications/notify-change";
import type { RequestContext } from "@/lib/request-context";
import { isAssignableAgent } from "../assignees";
import type { BulkChange, BulkChangeInput } from "../change-schemas";
import { STATUS_LABELS } from "../labels";
import { type TicketAction, authorize, ticketScope } from "../policy";
import { loadSlaSettings } from "../sla";
import { isTransitionAllowed } from "../workflow";
import { type TicketChange, type TicketForChange, applyTicketChange, ticketForChangeSelect } from "./change-core";
import { ASSIGNEE_NOT_AVAILABLE_MESSAGE, assigneeChange, priorityChange, statusChange } from "./change-kinds";

export type BulkChangeResult = { changed: number; unchanged: number };

// A hundred tickets, each with its update, event, audit entry and due times, outlast the default
// five seconds of an interactive transaction on a busy database.
const BULK_TRANSACTION_TIMEOUT_MS = 30_000;

const ACTION_OF: Record<BulkChange["kind"], TicketAction> = {
  assign: "assign",
  status: "change_status",
  priority: "change_priority",
  close: "change_status",
};

function buildChange(ticket: TicketForChange, change: BulkChange, now: Date): TicketChange | null {
  switch (change.kind) {
    case "assign":
      return assigneeChange(ticket, change.assigneeId);
    case "priority":
      return priorityChange(ticket, change.priority);
    case "status":
      return statusChange(ticket, change.status, now);
    case "close":
      return statusChange(ticket, "CLOSED", now);
  }
}

const targetStatus = (change: BulkChange) =>
  change.kind === "status" ? change.status : change.kind === "close" ? "CLOSED" : null;

const numberList = (tickets: readonly TicketForChange[]) => tickets.map((ticket) => `#${ticket.number}`).join(", ");

/** Every selected ticket must be able to take the change, or none is changed. */
function assertAllCanTake(tickets: readonly TicketForChange[], change: BulkChange) {
  const merged = tickets.filter((ticket) => ticket.mergedInto);
  if (merged.length > 0) {
    throw new DomainError("MERGED", `${numberList(merged)} were merged into other tickets. Deselect them and try again.`);
  }
  const to = targetStatus(change);
  if (!to) return;
  const refused = tickets.filter((ticket) => ticket.status !== to && !isTransitionAllowed(ticket.status, to));
  if (refused.length > 0) {
    const message = `${numberList(refused)} cannot be moved to ${STATUS_LABELS[to].toLowerCase()} from their current status. Deselect them or change them one by one.`;
    throw new ValidationError(message, { ticketNumbers: [message] });
  }
}

/**
 * Applies one change (assign, status, priority or close) to a selection of tickets in one
 * transaction: either every ticket takes it, each with its own event and audit entry, or none
 * does. A ticket outside the actor's scope fails the whole selection as "not found" without
 * naming it. No version is asked for: the actor acts on a selection from the list, not on a form
 * of one ticket's state; each update still checks and bumps the version it was loaded with.
 * Tickets that already have the value are left untouched and counted as unchanged.
 */
export async function bulkChangeTickets(
  actor: Actor,
  { ticketNumbers, change }: BulkChangeInput,
  context?: RequestContext,
): Promise<BulkChangeResult> {
  authorize(actor, "bulk_change");
  return transactionFor(actor, 
    async (tx) => {
      const tickets = await tx.ticket.findMany({
        where: { AND: [ticketScope(actor), { number: { in: ticketNumbers } }] },
        orderBy: { number: "asc" },
        select: ticketForChangeSelect,
      });
      if (tickets.length !== new Set(ticketNumbers).size) {
        throw new NotFoundError("Some of the selected tickets were not found. Refresh the list and select again.");
      }
      for (const ticket of tickets) authorize(actor, ACTION_OF[change.kind], ticket);
      assertAllCanTake(tickets, change);
      await assertAssignee(tx, actor, change);
      return applyToEach(tx, actor, tickets, change, context);
    },
    { timeout: BULK_TRANSACTION_TIMEOUT_MS },
  );
}

async function assertAssignee(tx: Prisma.TransactionClient, actor: Actor, change: BulkChange) {
  if (change.kind !== "assign" || change.assigneeId === null) return;
  if (!(await isAssignableAgent(tx, actor, change.assigneeId))) {
    throw new ValidationError(ASSIGNEE_NOT_AVAILABLE_MESSAGE, { assigneeId: [ASSIGNEE_NOT_AVAILABLE_MESSAGE] });
  }
}

async function applyToEach(
  tx: Prisma.TransactionClient,
  actor: Actor,
  tickets: readonly TicketForChange[],
  change: BulkChange,
  context?: RequestContext,
): Promise<BulkChangeResult> {
  const now = new Date();
  const slaSettings = await loadSlaSettings(tx, actor.workspaceId);
  let changed = 0;
  for (const ticket of tickets) {
    const ticketChange = buildChange(ticket, change, now);
    if (!ticketChange) continue;
    await applyTicketChange(tx, actor, ticket, ticketChange, { now, context, isBulk: true, slaSettings });
    await notifyTicketChange(tx, actor, ticket, ticketChange);
    changed += 1;
  }
  return { changed, unchanged: tickets.length - changed };
}
