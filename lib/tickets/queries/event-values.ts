import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import type { TicketEventType } from "@/lib/generated/prisma/enums";

type EventValues = { type: TicketEventType; fromValue: string | null; toValue: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Assignee and category events may store ids; the timeline shows names. Both kinds are resolved
 * in one query each, within the actor's workspace only. A value that is not an id is taken to be
 * a name already; an id that no longer resolves (a deleted category) reads as "a removed …".
 */
export async function resolveEventValues(actor: Actor, events: EventValues[]) {
  const idsOf = (type: TicketEventType) =>
    [
      ...new Set(
        events
          .filter((event) => event.type === type)
          .flatMap((event) => [event.fromValue, event.toValue])
          .filter((value): value is string => value !== null && UUID.test(value)),
      ),
    ];
  // A merge records the duplicate's requester, so the timeline can say whose ticket joined.
  const userIds = [...new Set([...idsOf("ASSIGNEE_CHANGED"), ...idsOf("MERGED_FROM")])];
  const categoryIds = idsOf("CATEGORY_CHANGED");
  const [users, categories] = await Promise.all([
    userIds.length === 0
      ? []
      : dbFor(actor).user.findMany({
          where: { id: { in: userIds }, memberships: { some: { workspaceId: actor.workspaceId } } },
          select: { id: true, name: true },
        }),
    categoryIds.length === 0
      ? []
      : dbFor(actor).category.findMany({ where: { id: { in: categoryIds }, workspaceId: actor.workspaceId }, select: { id: true, name: true } }),
  ]);
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const categoryNames = new Map(categories.map((category) => [category.id, category.name]));

  return (type: TicketEventType, value: string | null): string | null => {
    if (value === null || !UUID.test(value)) return value;
    if (type === "ASSIGNEE_CHANGED" || type === "MERGED_FROM") return userNames.get(value) ?? "a former member";
    if (type === "CATEGORY_CHANGED") return categoryNames.get(value) ?? "a removed category";
    return value;
  };
}
