import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { refreshTicketSla } from "@/lib/tickets/sla";
import { isStaff } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/session";
import { selectableCategoryScope } from "@/lib/categories/policy";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyNewTicketToStaff, notifyTicketCreated } from "@/lib/notifications/notify";
import type { RequestContext } from "@/lib/request-context";
import { authorize } from "../policy";
import type { CreateTicketInput } from "../schemas";
import { isUniqueViolation } from "./unique-violation";

export type CreatedTicket = { id: string; number: number; isNew: boolean };

/** Priorities a client may choose; URGENT pages staff, so only they may set it. */
const CLIENT_PRIORITIES = new Set(["LOW", "MEDIUM", "HIGH"]);

function findByRequestKey(actor: Actor, requestKey: string) {
  return db.ticket.findUnique({
    where: {
      workspaceId_requesterId_requestKey: { workspaceId: actor.workspaceId, requesterId: actor.userId, requestKey },
    },
    select: { id: true, number: true },
  });
}

async function assertSelectableCategory(tx: Prisma.TransactionClient, actor: Actor, categoryId: string | undefined) {
  if (!categoryId) return;
  const category = await tx.category.findFirst({
    where: { AND: [selectableCategoryScope(actor), { id: categoryId }] },
    select: { id: true },
  });
  if (!category) {
    throw new ValidationError("Please correct the highlighted fields.", {
      categoryId: ["This category is no longer available. Choose another."],
    });
  }
}

/**
 * Files a ticket in the actor's workspace with the actor as requester, numbered from the
 * workspace counter, with a CREATED event and a `ticket.created` audit entry. Idempotent per
 * request key: a repeat (double click, retry, or a parallel call) returns the first ticket.
 */
export async function createTicket(actor: Actor, input: CreateTicketInput, context?: RequestContext): Promise<CreatedTicket> {
  authorize(actor, "create");
  if (input.priority && !isStaff(actor.role) && !CLIENT_PRIORITIES.has(input.priority)) {
    throw new ValidationError("Please correct the highlighted fields.", {
      priority: ["Only the support team can mark a ticket urgent. Choose High if it is pressing."],
    });
  }
  const existing = await findByRequestKey(actor, input.requestKey);
  if (existing) return { ...existing, isNew: false };
  try {
    const ticket = await db.$transaction((tx) => insertTicket(tx, actor, input, context));
    return { ...ticket, isNew: true };
  } catch (error) {
    // A parallel submit with the same key committed first; its ticket is this request's answer.
    const winner = isUniqueViolation(error) ? await findByRequestKey(actor, input.requestKey) : null;
    if (winner) return { ...winner, isNew: false };
    throw error;
  }
}

async function insertTicket(tx: Prisma.TransactionClient, actor: Actor, input: CreateTicketInput, context?: RequestContext) {
  await assertSelectableCategory(tx, actor, input.categoryId);
  // The row lock this update takes serialises numbering per workspace until the transaction ends.
  const { ticketNumber: number } = await tx.workspace.update({
    where: { id: actor.workspaceId },
    data: { ticketNumber: { increment: 1 } },
    select: { ticketNumber: true },
  });
  const ticket = await tx.ticket.create({
    data: {
      workspaceId: actor.workspaceId,
      number,
      title: input.title,
      description: input.description,
      kind: input.kind,
      priority: input.priority,
      categoryId: input.categoryId ?? null,
      requesterId: actor.userId,
      status: "NEW",
      requestKey: input.requestKey,
    },
    select: { id: true, number: true },
  });
  await tx.ticketEvent.create({
    data: { workspaceId: actor.workspaceId, ticketId: ticket.id, actorId: actor.userId, type: "CREATED" },
  });
  await notifyTicketCreated(tx, ticket);
  await notifyNewTicketToStaff(tx, ticket);
  await refreshTicketSla(tx, ticket.id, new Date());
  await recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: "ticket.created",
    targetType: "ticket",
    targetId: ticket.id,
    metadata: { number, kind: input.kind, priority: input.priority ?? "MEDIUM", categoryId: input.categoryId ?? null },
    context,
  });
  return ticket;
}
