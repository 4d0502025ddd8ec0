import "server-only";
import { isStaff } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ticketScope } from "../policy";
import { TIMELINE_LIMIT } from "../schemas";

export type TicketComment = {
  id: string;
  body: string;
  isInternal: boolean;
  author: { name: string; isStaff: boolean };
  createdAt: Date;
};

/** A reply as pages and the API show it; the timeline adds to it. */
export const commentSelect = (workspaceId: string) =>
  ({
    id: true,
    body: true,
    isInternal: true,
    createdAt: true,
    author: { select: { name: true, memberships: { where: { workspaceId }, select: { role: true } } } },
  }) satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: ReturnType<typeof commentSelect> }>;

export const toComment = ({ author, ...comment }: CommentRow): TicketComment => ({
  ...comment,
  author: { name: author.name, isStaff: author.memberships.some((membership) => isStaff(membership.role)) },
});

/** What of a ticket's replies the actor may read: the ticket in their scope; no internal notes for clients. */
export function visibleComments(actor: Actor, where: Prisma.CommentWhereInput): Prisma.CommentWhereInput {
  return { ...where, ticket: ticketScope(actor), ...(!can(actor, "tickets.internal_notes") && { isInternal: false }) };
}

/** The ticket's replies the actor may read, oldest first: the newest TIMELINE_LIMIT of them. */
export async function listTicketComments(actor: Actor, ticketId: string): Promise<{ comments: TicketComment[]; hasEarlier: boolean }> {
  const rows = await dbFor(actor).comment.findMany({
    where: visibleComments(actor, { ticketId }),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: TIMELINE_LIMIT + 1,
    select: commentSelect(actor.workspaceId),
  });
  return { comments: rows.slice(0, TIMELINE_LIMIT).reverse().map(toComment), hasEarlier: rows.length > TIMELINE_LIMIT };
}

/** One reply by id, if the actor may read it. */
export async function findTicketComment(actor: Actor, commentId: string): Promise<TicketComment | null> {
  const row = await dbFor(actor).comment.findFirst({ where: visibleComments(actor, { id: commentId }), select: commentSelect(actor.workspaceId) });
  return row ? toComment(row) : null;
}
