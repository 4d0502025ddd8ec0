import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { refreshTicketSla } from "@/lib/tickets/sla";
import { isStaff } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";
import { dbFor, transactionFor } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyPublicReply } from "@/lib/notifications/notify";
import type { RequestContext } from "@/lib/request-context";
import { authorize, ticketScope } from "../policy";
import type { ReplyInput } from "../schemas";
import { assertSameRequest, type RequestIdentity } from "./idempotency";
import { isUniqueViolation } from "./unique-violation";

export type PostedReply = { commentId: string; ticketNumber: number; isNew: boolean };
type ReplyRequest = ReplyInput & RequestIdentity;

/** The reply first posted under the request's key, if it is the same request (else a refusal). */
async function findReplay(client: Prisma.TransactionClient, ticketId: string, actor: Actor, input: ReplyRequest) {
  const first = await client.comment.findUnique({
    where: { ticketId_authorId_requestKey: { ticketId, authorId: actor.userId, requestKey: input.requestKey } },
    select: { id: true, requestHash: true },
  });
  if (!first) return null;
  assertSameRequest(first, input);
  return { id: first.id, isNew: false };
}

/**
 * Posts a public reply or an internal note on a ticket the actor may see, with a
 * `ticket.replied` / `ticket.note_added` audit entry. Idempotent per request key. The first
 * public staff reply records the first response; a client's reply to a ticket waiting on them
 * puts it back to OPEN. A client's reply to a resolved ticket leaves it resolved: reopening is
 * its own, deliberate action. A repeated request key with another body hash is refused.
 */
export async function replyToTicket(actor: Actor, input: ReplyRequest, context?: RequestContext): Promise<PostedReply> {
  const ticket = await dbFor(actor).ticket.findFirst({
    where: { AND: [ticketScope(actor), { number: input.ticketNumber }] },
    select: { id: true, workspaceId: true, requesterId: true, mergedInto: { select: { number: true } } },
  });
  authorize(actor, input.isInternal ? "internal_note" : "reply", ticket);
  if (ticket.mergedInto) {
    throw new DomainError("MERGED", `This ticket was merged into #${ticket.mergedInto.number}. Reply there.`);
  }
  try {
    const comment = await transactionFor(actor, (tx) => postReply(tx, actor, input, ticket.id, context));
    return { ticketNumber: input.ticketNumber, commentId: comment.id, isNew: comment.isNew };
  } catch (error) {
    // A parallel submit of the same draft committed first; its reply is this request's answer.
    const winner = isUniqueViolation(error) ? await transactionFor(actor, (tx) => findReplay(tx, ticket.id, actor, input)) : null;
    if (winner) return { ticketNumber: input.ticketNumber, commentId: winner.id, isNew: false };
    throw error;
  }
}

async function postReply(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: ReplyRequest,
  ticketId: string,
  context?: RequestContext,
): Promise<{ id: string; isNew: boolean }> {
  // Lock the ticket so that concurrent replies decide "first response" and the status one at a
  // time, and a repeated draft sees the reply its twin committed.
  await tx.$queryRaw`SELECT id FROM tickets WHERE id = ${ticketId}::uuid FOR UPDATE`;
  const replay = await findReplay(tx, ticketId, actor, input);
  if (replay) return replay;

  const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { status: true, firstResponseAt: true } });
  const now = new Date();
  const comment = await tx.comment.create({
    data: {
      workspaceId: actor.workspaceId,
      ticketId,
      authorId: actor.userId,
      body: input.body,
      isInternal: input.isInternal,
      requestKey: input.requestKey,
      requestHash: input.requestHash ?? null,
      createdAt: now,
    },
    select: { id: true },
  });
  await notifyPublicReply(tx, { id: ticketId }, { body: input.body, isInternal: input.isInternal, author: actor });
  const staff = isStaff(actor.role);
  const isFirstResponse = staff && !input.isInternal && ticket.firstResponseAt === null;
  const reopensForCustomerReply = !staff && ticket.status === "WAITING_ON_CUSTOMER";
  await tx.ticket.update({
    where: { id: ticketId },
    data: {
      updatedAt: now,
      version: { increment: 1 },
      ...(isFirstResponse && { firstResponseAt: now }),
      ...(reopensForCustomerReply && { status: "OPEN" }),
    },
  });
  if (reopensForCustomerReply) {
    await tx.ticketEvent.create({
      data: {
        workspaceId: actor.workspaceId,
        ticketId,
        actorId: actor.userId,
        type: "STATUS_CHANGED",
        fromValue: "WAITING_ON_CUSTOMER",
        toValue: "OPEN",
        createdAt: now,
      },
    });
  }
  // The first response stops its clock; a customer's answer restarts the resolution clock.
  if (isFirstResponse || reopensForCustomerReply) await refreshTicketSla(tx, ticketId, now);
  await recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: input.isInternal ? "ticket.note_added" : "ticket.replied",
    targetType: "ticket",
    targetId: ticketId,
    metadata: {
      number: input.ticketNumber,
      commentId: comment.id,
      ...(reopensForCustomerReply && { statusChanged: { from: "WAITING_ON_CUSTOMER", to: "OPEN" } }),
    },
    context,
  });
  return { id: comment.id, isNew: true };
}
