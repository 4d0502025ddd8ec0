import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { dueTimesForNewTicket, parseSlaSettings } from "@/lib/tickets/sla";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { selectableCategoryScope } from "@/lib/categories/policy";
import { dbFor, transactionFor } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TicketPriority } from "@/lib/generated/prisma/enums";
import { notifyNewTicket } from "@/lib/notifications/notify";
import { findNewTicketAudience } from "@/lib/notifications/recipients";
import type { RequestContext } from "@/lib/request-context";
import { authorize } from "../policy";
import type { CreateTicketInput } from "../schemas";
import { assertSameRequest, type RequestIdentity } from "./idempotency";
import { isUniqueViolation } from "./unique-violation";

export type CreatedTicket = { id: string; number: number; isNew: boolean };
type CreateTicketRequest = CreateTicketInput & RequestIdentity;


function findByRequestKey(actor: Actor, requestKey: string) {
  return dbFor(actor).ticket.findUnique({
    where: {
      workspaceId_requesterId_requestKey: { workspaceId: actor.workspaceId, requesterId: actor.userId, requestKey },
    },
    select: { id: true, number: true, requestHash: true },
  });
}

/** The first ticket filed under the request's key, if it is the same request (else a refusal). */
async function findReplay(actor: Actor, input: CreateTicketRequest): Promise<CreatedTicket | null> {
  const first = await findByRequestKey(actor, input.requestKey);
  if (!first) return null;
  assertSameRequest(first, input);
  return { id: first.id, number: first.number, isNew: false };
}

/** The chosen category's name (null for none); a field error when the actor may not choose it. */
async function selectableCategoryName(tx: Prisma.TransactionClient, actor: Actor, categoryId: string | undefined) {
  if (!categoryId) return null;
  const category = await tx.category.findFirst({
    where: { AND: [selectableCategoryScope(actor), { id: categoryId }] },
    select: { name: true },
  });
  if (!category) {
    throw new ValidationError("Please correct the highlighted fields.", {
      categoryId: ["This category is no longer available. Choose another."],
    });
  }
  return category.name;
}

/**
 * Files a ticket in the actor's workspace with the actor as requester, numbered from the
 * workspace counter, with a CREATED event and a `ticket.created` audit entry. Idempotent per
 * request key: a repeat (double click, retry, or a parallel call) returns the first ticket; a
 * repeat with another body hash is refused.
 */
export async function createTicket(actor: Actor, input: CreateTicketRequest, context?: RequestContext): Promise<CreatedTicket> {
  authorize(actor, "create");
  // URGENT pages staff, so only those allowed may set it.
  if (input.priority === "URGENT" && !can(actor, "tickets.set_urgent")) {
    throw new ValidationError("Please correct the highlighted fields.", {
      priority: ["Only the support team can mark a ticket urgent. Choose High if it is pressing."],
    });
  }
  const replay = await findReplay(actor, input);
  if (replay) return replay;
  try {
    const ticket = await transactionFor(actor, (tx) => insertTicket(tx, actor, input, context));
    return { ...ticket, isNew: true };
  } catch (error) {
    // A parallel submit with the same key committed first; its ticket is this request's answer.
    const winner = isUniqueViolation(error) ? await findReplay(actor, input) : null;
    if (winner) return winner;
    throw error;
  }
}

/**
 * Reads first, then numbers and writes. The counter's row lock serialises every filing in the
 * workspace until commit, so what happens under it is kept to the four writes that need the
 * number (or come with the ticket): ticket with its CREATED event, emails, audit entry.
 */
async function insertTicket(tx: Prisma.TransactionClient, actor: Actor, input: CreateTicketRequest, context?: RequestContext) {
  const categoryName = await selectableCategoryName(tx, actor, input.categoryId);
  const categoryId = input.categoryId ?? null;
  const audience = await findNewTicketAudience(tx, { workspaceId: actor.workspaceId, categoryId, requesterId: actor.userId });
  const workspace = await tx.workspace.update({
    where: { id: actor.workspaceId },
    data: { ticketNumber: { increment: 1 } },
    select: { ticketNumber: true, slaTargets: true, businessCalendar: true, slaRevision: true },
  });
  const number = workspace.ticketNumber;
  const priority = input.priority ?? TicketPriority.MEDIUM;
  const createdAt = new Date();
  const ticket = await tx.ticket.create({
    data: {
      workspaceId: actor.workspaceId,
      number,
      title: input.title,
      description: input.description,
      kind: input.kind,
      priority,
      categoryId,
      requesterId: actor.userId,
      status: "NEW",
      requestKey: input.requestKey,
      requestHash: input.requestHash ?? null,
      createdAt,
      ...dueTimesForNewTicket(parseSlaSettings(workspace), priority, createdAt),
      events: { create: { workspaceId: actor.workspaceId, actorId: actor.userId, type: "CREATED", createdAt } },
    },
    select: { id: true, number: true },
  });
  await notifyNewTicket(tx, { workspaceId: actor.workspaceId, workspace: { slug: actor.workspaceSlug }, number, title: input.title, priority }, categoryName, audience);
  await recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: "ticket.created",
    targetType: "ticket",
    targetId: ticket.id,
    metadata: { number, kind: input.kind, priority, categoryId },
    context,
  });
  return ticket;
}
