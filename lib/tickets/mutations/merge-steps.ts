import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { TICKET_CONFLICT_MESSAGE } from "../change-schemas";
import { timestampChanges } from "../workflow";

type Transaction = Prisma.TransactionClient;

export const mergeSubjectSelect = {
  id: true,
  number: true,
  workspaceId: true,
  requesterId: true,
  status: true,
  title: true,
  description: true,
  createdAt: true,
  version: true,
  mergedIntoId: true,
  mergedInto: { select: { number: true } },
} satisfies Prisma.TicketSelect;

export type MergeSubject = Prisma.TicketGetPayload<{ select: typeof mergeSubjectSelect }>;

/**
 * Moves the duplicate's replies and notes to the target, keeping their times so the target's
 * timeline stays chronological, and adds its description as the first of them. When the two
 * tickets have different requesters, everything moved becomes an internal note: a client sees
 * only tickets they requested, and a merge must not show one client's words to another.
 */
export async function moveConversation(tx: Transaction, duplicate: MergeSubject, target: MergeSubject) {
  const isPrivate = duplicate.requesterId !== target.requesterId;
  // Replies an earlier merge brought into the duplicate keep naming the ticket they were written on.
  await tx.comment.updateMany({
    where: { ticketId: duplicate.id, mergedFromTicketId: null },
    data: { mergedFromTicketId: duplicate.id },
  });
  await tx.comment.updateMany({
    where: { ticketId: duplicate.id },
    data: { ticketId: target.id, ...(isPrivate && { isInternal: true }) },
  });
  await tx.comment.create({
    data: {
      workspaceId: duplicate.workspaceId,
      ticketId: target.id,
      authorId: duplicate.requesterId,
      body: `${duplicate.title}\n\n${duplicate.description}`,
      isInternal: isPrivate,
      mergedFromTicketId: duplicate.id,
      createdAt: duplicate.createdAt,
    },
  });
  // Tickets merged into the duplicate before now lead straight to the target: one redirect, not a chain.
  await tx.ticket.updateMany({ where: { mergedIntoId: duplicate.id }, data: { mergedIntoId: target.id } });
}

/**
 * Closes the duplicate with a link to the target if it still has the version the actor saw, and
 * records both sides on the timelines. The target's version stays: its own fields did not change,
 * so someone editing it is not sent a conflict. Returns the duplicate's new version.
 */
export async function closeDuplicate(tx: Transaction, actor: Actor, duplicate: MergeSubject, target: MergeSubject, now: Date) {
  const { count } = await tx.ticket.updateMany({
    where: { id: duplicate.id, version: duplicate.version },
    data: {
      status: "CLOSED",
      ...timestampChanges(duplicate.status, "CLOSED", now),
      mergedIntoId: target.id,
      updatedAt: now,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new ConflictError(TICKET_CONFLICT_MESSAGE);
  await tx.ticket.update({ where: { id: target.id }, data: { updatedAt: now } });

  const event = { workspaceId: duplicate.workspaceId, actorId: actor.userId, createdAt: now };
  await tx.ticketEvent.createMany({
    data: [
      // The SLA clock and the reports read status changes from events, so closing is one too.
      ...(duplicate.status === "CLOSED"
        ? []
        : [{ ...event, ticketId: duplicate.id, type: "STATUS_CHANGED" as const, fromValue: duplicate.status, toValue: "CLOSED" }]),
      { ...event, ticketId: duplicate.id, type: "MERGED_INTO", fromValue: null, toValue: String(target.number) },
      // The requester's id rides along so the target's timeline can name whose ticket joined it.
      { ...event, ticketId: target.id, type: "MERGED_FROM", fromValue: String(duplicate.number), toValue: duplicate.requesterId },
    ],
  });
  return duplicate.version + 1;
}

export function recordMerge(tx: Transaction, actor: Actor, duplicate: MergeSubject, target: MergeSubject, context?: RequestContext) {
  return recordAudit(tx, {
    workspaceId: duplicate.workspaceId,
    actorId: actor.userId,
    action: "ticket.merged",
    targetType: "ticket",
    targetId: duplicate.id,
    metadata: { from: duplicate.number, into: target.number, intoId: target.id },
    context,
  });
}
