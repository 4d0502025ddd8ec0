import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { enqueueEmails } from "@/lib/email/outbox";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { requesterWantingUpdates } from "@/lib/notifications/recipients";
import { ticketScope } from "@/lib/tickets/policy";
import { refreshTicketSla } from "@/lib/tickets/sla";
import type { Transaction } from "../mutations/core";

/** The linked tickets a public update reaches: not merged away (a duplicate lives on in its target). */
export async function findTicketsToReach(tx: Transaction, actor: Actor, incidentId: string) {
  return tx.ticket.findMany({
    where: { AND: [ticketScope(actor), { incidentLinks: { some: { incidentId } }, mergedIntoId: null }] },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      firstResponseAt: true,
      requesterId: true,
      requester: {
        select: {
          name: true,
          email: true,
          disabledAt: true,
          memberships: { where: { workspaceId: actor.workspaceId }, select: { workspaceId: true, notifyOwnTicketUpdates: true } },
        },
      },
    },
  });
}

type TicketToReach = Awaited<ReturnType<typeof findTicketsToReach>>[number];

/**
 * The update as a public reply by its poster on every ticket, set-based: one insert, one update
 * of the tickets (their version and time move, as a reply moves them), and the first response
 * stamped where there was none, which stops that clock as any first public reply does.
 */
export async function replyOnTickets(tx: Transaction, actor: Actor, tickets: readonly TicketToReach[], body: string, now: Date): Promise<void> {
  if (tickets.length === 0) return;
  await tx.comment.createMany({
    data: tickets.map((ticket) => ({ workspaceId: actor.workspaceId, ticketId: ticket.id, authorId: actor.userId, body, isInternal: false, createdAt: now, updatedAt: now })),
  });
  await tx.ticket.updateMany({ where: { id: { in: tickets.map((ticket) => ticket.id) } }, data: { updatedAt: now, version: { increment: 1 } } });
  const firstAnswered = tickets.filter((ticket) => ticket.firstResponseAt === null).map((ticket) => ticket.id);
  if (firstAnswered.length === 0) return;
  await tx.ticket.updateMany({ where: { id: { in: firstAnswered } }, data: { firstResponseAt: now } });
  for (const ticketId of firstAnswered) await refreshTicketSla(tx, ticketId, now);
}

/**
 * One email per requester of the tickets who wants updates on their requests, naming only their
 * own tickets, the poster and what was posted; never to the poster. Returns how many were queued.
 */
export async function emailRequesters(
  tx: Transaction,
  actor: Actor,
  tickets: readonly TicketToReach[],
  update: { body: string; status: IncidentStatus },
): Promise<number> {
  const byRequester = new Map<string, TicketToReach[]>();
  for (const ticket of tickets) byRequester.set(ticket.requesterId, [...(byRequester.get(ticket.requesterId) ?? []), ticket]);
  const emails = [...byRequester].flatMap(([requesterId, theirs]) => {
    const recipient = requesterWantingUpdates({ requester: theirs[0]!.requester, workspaceId: actor.workspaceId });
    if (!recipient || requesterId === actor.userId) return [];
    return [{
      workspaceId: actor.workspaceId,
      to: recipient.email,
      template: "incident-update-posted" as const,
      data: {
        name: recipient.name,
        tickets: theirs.map((ticket) => ({ number: ticket.number, title: ticket.title, workspaceSlug: actor.workspaceSlug })),
        authorName: actor.name,
        status: update.status,
        body: update.body,
      },
    }];
  });
  return enqueueEmails(tx, emails);
}
