import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TicketEventType } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import { TICKET_CONFLICT_MESSAGE } from "../change-schemas";
import { type TicketAction, authorize, ticketScope } from "../policy";
import { type SlaSettings, refreshTicketSla } from "../sla";

type Transaction = Prisma.TransactionClient;

export const ticketForChangeSelect = {
  id: true,
  number: true,
  workspaceId: true,
  requesterId: true,
  status: true,
  priority: true,
  categoryId: true,
  assigneeId: true,
  resolvedAt: true,
  closedAt: true,
  version: true,
  mergedInto: { select: { number: true } },
} satisfies Prisma.TicketSelect;

export type TicketForChange = Prisma.TicketGetPayload<{ select: typeof ticketForChangeSelect }>;

/**
 * One change to one ticket: the columns to write, the timeline event (from → to, ids for the
 * assignee and category so that renames show the current name) and the audit action.
 */
export type TicketChange = {
  data: Prisma.TicketUncheckedUpdateManyInput;
  eventType: TicketEventType;
  from: string | null;
  to: string | null;
  auditAction: string;
};

/** Loads the ticket through the actor's scope and authorizes `action` on it: 404 or 403 otherwise. */
export async function loadTicketForChange(tx: Transaction, actor: Actor, ticketNumber: number, action: TicketAction) {
  const ticket = await tx.ticket.findFirst({
    where: { AND: [ticketScope(actor), { number: ticketNumber }] },
    select: ticketForChangeSelect,
  });
  authorize(actor, action, ticket);
  assertNotMerged(ticket);
  return ticket;
}

/** A merged duplicate lives on in the ticket it was merged into; changes belong there. */
function assertNotMerged(ticket: TicketForChange) {
  if (ticket.mergedInto) {
    throw new DomainError("MERGED", `#${ticket.number} was merged into #${ticket.mergedInto.number}. Change that ticket instead.`);
  }
}

/** The actor's change was made on an older state of the ticket than the one stored. */
export function assertCurrentVersion(ticket: TicketForChange, version: number) {
  if (ticket.version !== version) throw new ConflictError(TICKET_CONFLICT_MESSAGE);
}

type ApplyOptions = { now: Date; context?: RequestContext; isBulk?: boolean; slaSettings?: SlaSettings };

/**
 * Writes the change if the ticket still has the version it was loaded with, bumps the version,
 * records the event and the audit entry, and recomputes the due times, all in `tx`. Returns the
 * new version. A concurrent change in between is a ConflictError, never a lost update.
 */
export async function applyTicketChange(
  tx: Transaction,
  actor: Actor,
  ticket: TicketForChange,
  change: TicketChange,
  { now, context, isBulk = false, slaSettings }: ApplyOptions,
): Promise<number> {
  const { count } = await tx.ticket.updateMany({
    where: { id: ticket.id, version: ticket.version },
    data: { ...change.data, updatedAt: now, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(TICKET_CONFLICT_MESSAGE);
  await tx.ticketEvent.create({
    data: {
      workspaceId: ticket.workspaceId,
      ticketId: ticket.id,
      actorId: actor.userId,
      type: change.eventType,
      fromValue: change.from,
      toValue: change.to,
      createdAt: now,
    },
  });
  await recordAudit(tx, {
    workspaceId: ticket.workspaceId,
    actorId: actor.userId,
    action: change.auditAction,
    targetType: "ticket",
    targetId: ticket.id,
    metadata: { number: ticket.number, from: change.from, to: change.to, ...(isBulk && { bulk: true }) },
    context,
  });
  await refreshTicketSla(tx, ticket.id, now, slaSettings);
  return ticket.version + 1;
}
