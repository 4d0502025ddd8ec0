import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { isStaff } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";
import { selectableCategoryScope } from "@/lib/categories/policy";
import { dbFor, transactionFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import type { UpdateNotificationPreferencesInput } from "./schemas";

export type NotificationPreferences = UpdateNotificationPreferencesInput & {
  /** The active categories a staff member may watch; empty for clients. */
  categories: { id: string; name: string }[];
};

// Watcher rows belong to a user, categories to a workspace: a member's rows in this workspace
// are the ones on its categories.
const ownWatchersHere = (actor: Actor): Prisma.CategoryWatcherWhereInput => ({
  userId: actor.userId,
  category: { workspaceId: actor.workspaceId },
});

/** The actor's own preferences in their workspace, with the categories they may watch (staff only). */
export async function getNotificationPreferences(actor: Actor): Promise<NotificationPreferences> {
  const staff = isStaff(actor.role);
  const [membership, watched, categories] = await Promise.all([
    dbFor(actor).membership.findUniqueOrThrow({
      where: { userId_workspaceId: { userId: actor.userId, workspaceId: actor.workspaceId } },
      select: { notifyOwnTicketUpdates: true, notifyAssignments: true, notifyNewTickets: true },
    }),
    staff
      ? dbFor(actor).categoryWatcher.findMany({
          where: { AND: [ownWatchersHere(actor), { category: selectableCategoryScope(actor) }] },
          select: { categoryId: true },
        })
      : [],
    staff
      ? dbFor(actor).category.findMany({ where: selectableCategoryScope(actor), orderBy: { name: "asc" }, select: { id: true, name: true } })
      : [],
  ]);
  return { ...membership, watchedCategoryIds: watched.map((row) => row.categoryId), categories };
}

/**
 * Saves the actor's own preferences, with a `user.notification_preferences_changed` audit
 * entry, in one transaction. For a client only "updates on tickets I filed" is stored: the
 * staff-only preferences are ignored, not refused, since they mean nothing to a client. For
 * staff the watched categories replace their previous active ones; ids that are not active
 * categories of the workspace are dropped (one may have been archived while the form was open).
 */
export async function updateNotificationPreferences(
  actor: Actor,
  input: UpdateNotificationPreferencesInput,
  context?: RequestContext,
): Promise<void> {
  const staff = isStaff(actor.role);
  const preferences = staff
    ? { notifyOwnTicketUpdates: input.notifyOwnTicketUpdates, notifyAssignments: input.notifyAssignments, notifyNewTickets: input.notifyNewTickets }
    : { notifyOwnTicketUpdates: input.notifyOwnTicketUpdates };
  await transactionFor(actor, async (tx) => {
    await tx.membership.update({
      where: { userId_workspaceId: { userId: actor.userId, workspaceId: actor.workspaceId } },
      data: preferences,
    });
    const watchedCategoryIds = staff ? await replaceWatchedCategories(tx, actor, input.watchedCategoryIds) : [];
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.notification_preferences_changed",
      targetType: "user",
      targetId: actor.userId,
      metadata: { ...preferences, ...(staff && { watchedCategoryIds }) },
      context,
    });
  });
}

async function replaceWatchedCategories(tx: Prisma.TransactionClient, actor: Actor, categoryIds: string[]): Promise<string[]> {
  const categories = await tx.category.findMany({
    where: { AND: [selectableCategoryScope(actor), { id: { in: categoryIds } }] },
    select: { id: true },
  });
  // Watches on archived categories are kept: the form does not show them, and an archived
  // category brought back should still reach its watchers.
  await tx.categoryWatcher.deleteMany({ where: { AND: [ownWatchersHere(actor), { category: selectableCategoryScope(actor) }] } });
  await tx.categoryWatcher.createMany({ data: categories.map(({ id }) => ({ categoryId: id, userId: actor.userId })) });
  return categories.map(({ id }) => id);
}
