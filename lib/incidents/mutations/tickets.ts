import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { ticketScope } from "@/lib/tickets/policy";
import type { Transaction } from "./core";

type LinkableTicket = { id: string; number: number };

/**
 * The tickets of the actor's workspace with these numbers, in the order asked; a NotFoundError
 * naming the first that is not there (another workspace's number included: it is not there).
 */
export async function findLinkableTickets(tx: Transaction, actor: Actor, numbers: readonly number[]): Promise<LinkableTicket[]> {
  if (numbers.length === 0) return [];
  const wanted = [...new Set(numbers)];
  const tickets = await tx.ticket.findMany({
    where: { AND: [ticketScope(actor), { number: { in: wanted } }] },
    select: { id: true, number: true },
  });
  const byNumber = new Map(tickets.map((ticket) => [ticket.number, ticket]));
  return wanted.map((number) => {
    const ticket = byNumber.get(number);
    if (!ticket) throw new NotFoundError(`Ticket #${number} was not found.`);
    return ticket;
  });
}
