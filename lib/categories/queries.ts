import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { categoryScope, selectableCategoryScope } from "./policy";

const adminCategorySelect = {
  id: true,
  name: true,
  description: true,
  archivedAt: true,
  _count: { select: { tickets: true } },
} satisfies Prisma.CategorySelect;

export type AdminCategoryItem = {
  id: string;
  name: string;
  description: string;
  isArchived: boolean;
  ticketCount: number;
};

/**
 * The admin's workspace categories with their ticket counts (counted in SQL), active ones first,
 * each group by name. Anyone but an admin gets "not found". MAX_CATEGORIES bounds the list.
 */
export async function listCategoriesForAdmin(actor: Actor): Promise<AdminCategoryItem[]> {
  if (!can(actor, "categories.manage")) throw new NotFoundError();
  const rows = await dbFor(actor).category.findMany({
    where: categoryScope(actor),
    orderBy: { name: "asc" },
    select: adminCategorySelect,
  });
  const items = rows.map(({ _count, archivedAt, ...category }) => ({
    ...category,
    isArchived: archivedAt !== null,
    ticketCount: _count.tickets,
  }));
  // Partitioning after sorting by name keeps each group in name order (citext compares case-insensitively).
  return [...items.filter((item) => !item.isArchived), ...items.filter((item) => item.isArchived)];
}

export type SelectableCategory = { id: string; name: string; description: string };

/** The active categories of the actor's workspace by name, for ticket forms; any member may read them. */
export async function listSelectableCategories(actor: Actor): Promise<SelectableCategory[]> {
  return dbFor(actor).category.findMany({
    where: selectableCategoryScope(actor),
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true },
  });
}
