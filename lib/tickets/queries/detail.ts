import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ticketScope } from "../policy";

const ticketDetailSelect = {
  id: true,
  workspaceId: true,
  number: true,
  title: true,
  description: true,
  kind: true,
  status: true,
  priority: true,
  createdAt: true,
  updatedAt: true,
  dueAt: true,
  firstResponseAt: true,
  firstResponseDueAt: true,
  resolvedAt: true,
  closedAt: true,
  version: true,
  requesterId: true,
  category: { select: { id: true, name: true } },
  requester: { select: { id: true, name: true, email: true } },
  assignee: { select: { id: true, name: true } },
  mergedInto: { select: { number: true } },
} satisfies Prisma.TicketSelect;

type TicketRow = Prisma.TicketGetPayload<{ select: typeof ticketDetailSelect }>;

export type TicketDetail = Omit<TicketRow, "mergedInto" | "requester"> & {
  /** The requester's email is shown to staff only; a client sees names, never addresses. */
  requester: { id: string; name: string; email: string | null };
};

/** A ticket, or where a ticket merged into another now lives. */
export type TicketLookup = { ticket: TicketDetail } | { redirectTo: number };

/**
 * The ticket with this number if the actor may see it, else null; a ticket merged into another
 * answers with the number to redirect to. Cached per request: the page and its metadata share it.
 */
export const findTicketForActor = cache(async (actor: Actor, number: number): Promise<TicketLookup | null> => {
  const row = await dbFor(actor).ticket.findFirst({
    where: { AND: [ticketScope(actor), { number }] },
    select: ticketDetailSelect,
  });
  if (!row) return null;
  const { mergedInto, requester, ...ticket } = row;
  if (mergedInto) return { redirectTo: mergedInto.number };
  return { ticket: { ...ticket, requester: { ...requester, email: can(actor, "tickets.read_all") ? requester.email : null } } };
});
