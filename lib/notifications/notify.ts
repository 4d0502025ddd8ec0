import "server-only";
import { isStaff } from "@/lib/auth/roles";
import { enqueueEmail, enqueueEmails } from "@/lib/email/outbox";
import type { NotifiedStatus } from "@/lib/email/templates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import {
  findAssigneeWantingEmail,
  findTicketForEmail,
  type NewTicketAudience,
  requesterWantingUpdates,
} from "./recipients";

// Every function here takes the transaction of the change that causes the email, so the email
// is queued only if the change commits. Each loads what it needs by ticket id: callers pass the
// id they have, and no caller can hand over a stale title or a preference read outside the change.
// The exception is notifyNewTicket: the filing reads its audience in the same transaction before
// the ticket exists (findNewTicketAudience), to keep the counter's lock short.

type Transaction = Prisma.TransactionClient;
type TicketRef = { id: string };
export type ReplyForNotice = { body: string; isInternal: boolean; author: { userId: string; name: string; role: Role } };

const NOTIFIED_STATUSES: ReadonlySet<TicketStatus> = new Set<NotifiedStatus>(["WAITING_ON_CUSTOMER", "RESOLVED"]);
const isNotifiedStatus = (status: TicketStatus): status is NotifiedStatus => NOTIFIED_STATUSES.has(status);

type SummarisedTicket = { number: number; title: string; workspace: { slug: string } };
const summary = (ticket: SummarisedTicket) => ({ number: ticket.number, title: ticket.title, workspaceSlug: ticket.workspace.slug });

/**
 * Sends a public staff reply to the requester. Internal notes, clients' replies and a staff
 * member's reply on a ticket they filed themselves send nothing.
 */
export async function notifyPublicReply(tx: Transaction, ticketRef: TicketRef, reply: ReplyForNotice): Promise<void> {
  if (reply.isInternal || !isStaff(reply.author.role)) return;
  const ticket = await findTicketForEmail(tx, ticketRef.id);
  const requester = requesterWantingUpdates(ticket);
  if (!requester || ticket.requesterId === reply.author.userId) return;
  await enqueueEmail(tx, {
    workspaceId: ticket.workspaceId,
    to: requester.email,
    template: "ticket-replied",
    data: { name: requester.name, ticket: summary(ticket), replierName: reply.author.name, body: reply.body },
  });
}

/** Tells the requester their ticket now waits on them or was resolved; other moves send nothing. */
export async function notifyStatusChanged(tx: Transaction, ticketRef: TicketRef, to: TicketStatus, actorId: string): Promise<void> {
  if (!isNotifiedStatus(to)) return;
  const ticket = await findTicketForEmail(tx, ticketRef.id);
  const requester = requesterWantingUpdates(ticket);
  if (!requester || ticket.requesterId === actorId) return;
  await enqueueEmail(tx, {
    workspaceId: ticket.workspaceId,
    to: requester.email,
    template: "ticket-status-changed",
    data: { name: requester.name, ticket: summary(ticket), status: to, reopenDays: ticket.workspace.clientReopenDays },
  });
}

/** Tells the new assignee, unless they assigned themselves or turned assignment emails off. */
export async function notifyAssigned(
  tx: Transaction,
  ticketRef: TicketRef,
  assigneeId: string | null,
  actorId: string,
): Promise<void> {
  if (!assigneeId || assigneeId === actorId) return;
  const ticket = await findTicketForEmail(tx, ticketRef.id);
  const assignee = await findAssigneeWantingEmail(tx, ticket.workspaceId, assigneeId);
  if (!assignee) return;
  await enqueueEmail(tx, {
    workspaceId: ticket.workspaceId,
    to: assignee.email,
    template: "ticket-assigned",
    data: { name: assignee.name, ticket: summary(ticket), requesterName: ticket.requester.name, priority: ticket.priority },
  });
}

/**
 * Queues a new ticket's emails in one statement: "we received it" to its requester and "new
 * ticket" to the staff of `audience` (findNewTicketAudience, read before the ticket was numbered).
 */
export async function notifyNewTicket(
  tx: Transaction,
  ticket: SummarisedTicket & { workspaceId: string; priority: TicketPriority },
  categoryName: string | null,
  { requester, requesterName, staff }: NewTicketAudience,
): Promise<void> {
  const forStaff = { ticket: summary(ticket), requesterName, priority: ticket.priority, categoryName };
  await enqueueEmails(tx, [
    ...(requester
      ? [{ workspaceId: ticket.workspaceId, to: requester.email, template: "ticket-created" as const, data: { name: requester.name, ticket: summary(ticket) } }]
      : []),
    ...staff.map((recipient) => ({
      workspaceId: ticket.workspaceId,
      to: recipient.email,
      template: "ticket-new-for-staff" as const,
      data: { ...forStaff, name: recipient.name },
    })),
  ]);
}
