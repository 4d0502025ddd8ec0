import "server-only";
import { db, dbFor } from "@/lib/db";

export type WorkspaceDeletionProgress = {
  id: string;
  name: string;
  slug: string;
  requestedAt: Date;
  rowsRemoved: number;
  ticketsLeft: number;
};

/**
 * The workspaces being deleted and how far their removal has got, for the instance operator:
 * rows removed so far and tickets still to go (counted in each workspace's own scope, the only
 * one in which row-level security shows them).
 */
export async function listWorkspaceDeletions(): Promise<WorkspaceDeletionProgress[]> {
  const deleting = await db.workspace.findMany({
    where: { deletionRequestedAt: { not: null } },
    orderBy: { deletionRequestedAt: "asc" },
    take: 100,
    select: { id: true, name: true, slug: true, deletionRequestedAt: true, deletionRowsRemoved: true },
  });
  return Promise.all(
    deleting.flatMap(({ id, name, slug, deletionRequestedAt, deletionRowsRemoved }) =>
      deletionRequestedAt
        ? [
            dbFor({ workspaceId: id })
              .ticket.count({ where: { workspaceId: id } })
              .then((ticketsLeft) => ({ id, name, slug, requestedAt: deletionRequestedAt, rowsRemoved: deletionRowsRemoved, ticketsLeft })),
          ]
        : [],
    ),
  );
}
