import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import type { TicketEventType } from "@/lib/generated/prisma/enums";
import { ticketScope } from "../policy";
import { TIMELINE_LIMIT } from "../schemas";
import { commentSelect, toComment, visibleComments } from "./comments";
import { resolveEventValues } from "./event-values";

export type TimelineComment = {
  type: "comment";
  id: string;
  createdAt: Date;
  body: string;
  isInternal: boolean;
  author: { name: string; isStaff: boolean };
  /** The ticket this reply was first posted on, when a merge moved it here. */
  mergedFromNumber: number | null;
};

export type TimelineEvent = {
  type: "event";
  id: string;
  createdAt: Date;
  event: TicketEventType;
  /** Display values: status and priority codes, category and assignee names, ticket numbers. */
  from: string | null;
  to: string | null;
  /** Null for changes the system made. */
  actorName: string | null;
};

export type TimelineItem = TimelineComment | TimelineEvent;
export type Timeline = { items: TimelineItem[]; hasEarlier: boolean };

/**
 * Replies, internal notes and changes of a ticket the actor may see, oldest first, as one list.
 * Internal notes are left out of the query itself for clients. A ticket outside the actor's
 * scope has an empty timeline.
 */
export async function listTimeline(actor: Actor, ticketId: string): Promise<Timeline> {
  const visibleTicket = { id: ticketId, ...ticketScope(actor) };
  const [comments, events] = await Promise.all([
    dbFor(actor).comment.findMany({
      where: visibleComments(actor, { ticketId }),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: TIMELINE_LIMIT + 1,
      select: { ...commentSelect(actor.workspaceId), mergedFromTicket: { select: { number: true } } },
    }),
    dbFor(actor).ticketEvent.findMany({
      where: { ticket: visibleTicket },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: TIMELINE_LIMIT + 1,
      select: { id: true, createdAt: true, type: true, fromValue: true, toValue: true, actor: { select: { name: true } } },
    }),
  ]);
  const names = await resolveEventValues(actor, events);

  const items: TimelineItem[] = [
    ...comments.map(({ mergedFromTicket, ...comment }) => ({
      ...toComment(comment),
      type: "comment" as const,
      mergedFromNumber: mergedFromTicket?.number ?? null,
    })),
    ...events.map((event) => ({
      type: "event" as const,
      id: event.id,
      createdAt: event.createdAt,
      event: event.type,
      from: names(event.type, event.fromValue),
      to: names(event.type, event.toValue),
      actorName: event.actor?.name ?? null,
    })),
  ];
  items.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byKindThenId(a, b));
  const newest = items.slice(0, TIMELINE_LIMIT);
  return { items: newest.reverse(), hasEarlier: items.length > TIMELINE_LIMIT };
}

// Newest first; on equal times the reply stays before the change it caused (a client's reply
// that puts the ticket back to Open), once the list is turned oldest first.
function byKindThenId(a: TimelineItem, b: TimelineItem): number {
  if (a.type !== b.type) return a.type === "event" ? -1 : 1;
  return b.id.localeCompare(a.id);
}
