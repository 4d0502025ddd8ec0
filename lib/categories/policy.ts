import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The categories an admin manages: those of their own workspace, archived ones included. */
export function categoryScope(actor: Actor): Prisma.CategoryWhereInput {
  return { workspaceId: actor.workspaceId };
}

/**
 * The categories a new ticket may be filed under: the workspace's active ones. Ticket writes
 * check a chosen category against it, since an archived one may still sit in an open form.
 */
export function selectableCategoryScope(actor: Actor): Prisma.CategoryWhereInput {
  return { workspaceId: actor.workspaceId, archivedAt: null };
}
