import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeleteViewInput, SaveViewInput } from "./schemas";

export const MAX_SAVED_VIEWS = 50;
export const DUPLICATE_VIEW_NAME_MESSAGE = "You already have a view with this name.";

export type SavedViewItem = { id: string; name: string; query: string };

/** The actor's own saved views in this workspace, by name. Nobody sees another user's views. */
export async function listSavedViews(actor: Actor): Promise<SavedViewItem[]> {
  return dbFor(actor).savedView.findMany({
    where: { workspaceId: actor.workspaceId, userId: actor.userId },
    orderBy: { name: "asc" },
    take: MAX_SAVED_VIEWS,
    select: { id: true, name: true, query: true },
  });
}

/**
 * Saves the current list (its query string, already re-parsed by saveViewSchema) under a name
 * unique per user; a taken name is a field error, not a 500.
 */
export async function saveView(actor: Actor, input: SaveViewInput): Promise<SavedViewItem> {
  const count = await dbFor(actor).savedView.count({ where: { workspaceId: actor.workspaceId, userId: actor.userId } });
  if (count >= MAX_SAVED_VIEWS) {
    throw new ValidationError(`You can keep up to ${MAX_SAVED_VIEWS} views. Delete one first.`);
  }
  try {
    return await dbFor(actor).savedView.create({
      data: { workspaceId: actor.workspaceId, userId: actor.userId, name: input.name, query: input.query },
      select: { id: true, name: true, query: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ValidationError(DUPLICATE_VIEW_NAME_MESSAGE, { name: [DUPLICATE_VIEW_NAME_MESSAGE] });
    }
    throw error;
  }
}

/** Deletes one of the actor's own views; anyone else's (or a missing one) is "not found". */
export async function deleteView(actor: Actor, { viewId }: DeleteViewInput): Promise<void> {
  const { count } = await dbFor(actor).savedView.deleteMany({
    where: { id: viewId, workspaceId: actor.workspaceId, userId: actor.userId },
  });
  if (count === 0) throw new NotFoundError("That view was not found.");
}
