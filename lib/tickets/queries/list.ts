import "server-only";
import type { TicketKind, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";

/** A row of the ticket list, loaded by the search (lib/tickets/search/queries.ts). */
export type TicketListItem = {
  id: string;
  number: number;
  title: string;
  kind: TicketKind;
  status: TicketStatus;
  priority: TicketPriority;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date | null;
  category: { name: string } | null;
  requester: { name: string };
  assignee: { name: string } | null;
};
