import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns the ticket list renders, loaded by the search (lib/tickets/search/queries.ts). */
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
