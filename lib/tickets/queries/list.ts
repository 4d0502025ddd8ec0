import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeTicketCursor, encodeTicketCursor } from "../cursor";
import { ticketScope } from "../policy";
import { TICKET_PAGE_SIZE, type TicketCursor, type TicketListParams } from "../schemas";

/** The columns the ticket list renders; the search (lib/tickets/search) loads the same shape. */
export const ticketListSelect = {
  id: true,
  number: true,
  title: true,
  kind: true,
  status: true,
  priority: true,
  createdAt: true,
  updatedAt: true,
  dueAt: true,
  category: { select: { name: true } },
  requester: { select: { name: true } },
  assignee: { select: { name: true } },
} satisfies Prisma.TicketSelect;

export type TicketListItem = Prisma.TicketGetPayload<{ select: typeof ticketListSelect }>;

export type TicketPage = {
  tickets: TicketListItem[];
  /** Cursor for the next (older) page, if any. */
  olderCursor: string | null;
  /** Cursor for the previous (newer) page, if any. */
  newerCursor: string | null;
};

function olderThan(cursor: TicketCursor): Prisma.TicketWhereInput {
  return {
    OR: [
      { updatedAt: { lt: cursor.updatedAt } },
      { updatedAt: cursor.updatedAt, id: { lt: cursor.id } },
    ],
  };
}

function newerThan(cursor: TicketCursor): Prisma.TicketWhereInput {
  return {
    OR: [
      { updatedAt: { gt: cursor.updatedAt } },
      { updatedAt: cursor.updatedAt, id: { gt: cursor.id } },
    ],
  };
}

const cursorOf = (ticket: TicketListItem) =>
  encodeTicketCursor({ updatedAt: ticket.updatedAt, id: ticket.id });

/**
 * One page of the tickets the actor may see, most recently updated first, by keyset on
 * (updated_at, id) so that deep pages cost the same as the first.
 */
export async function listTicketsForActor(actor: Actor, params: TicketListParams): Promise<TicketPage> {
  const after = decodeTicketCursor(params.after);
  const before = after ? null : decodeTicketCursor(params.before);
  const position = after ? olderThan(after) : before ? newerThan(before) : {};
  const direction = before ? "asc" : "desc";

  const rows = await db.ticket.findMany({
    where: { AND: [ticketScope(actor), position] },
    orderBy: [{ updatedAt: direction }, { id: direction }],
    take: TICKET_PAGE_SIZE + 1,
    select: ticketListSelect,
  });
  const hasMore = rows.length > TICKET_PAGE_SIZE;
  const page = rows.slice(0, TICKET_PAGE_SIZE);
  if (before) page.reverse();

  const first = page[0];
  const last = page[page.length - 1];
  const hasOlder = before ? true : hasMore;
  const hasNewer = before ? hasMore : after !== null;
  return {
    tickets: page,
    olderCursor: hasOlder && last ? cursorOf(last) : null,
    newerCursor: hasNewer && first ? cursorOf(first) : null,
  };
}
