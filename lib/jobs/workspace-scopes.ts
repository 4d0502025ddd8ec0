import "server-only";
import type { DatabaseScope } from "@/lib/database-scope";
import { db } from "@/lib/db";
import { liveWorkspaceWhere } from "@/lib/workspaces/live";

/**
 * One scope per workspace, oldest first, for a job that visits every workspace a batch at a time
 * (row-level security shows it one workspace's rows per transaction). Rows of no workspace are
 * visible in every scope; with no workspace yet, the one scope is the installation's. A workspace
 * being deleted is left out: its rows are going (lib/workspaces/deletion/).
 */
export async function workspaceScopes(): Promise<DatabaseScope[]> {
  const workspaces = await db.workspace.findMany({ where: liveWorkspaceWhere, select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return workspaces.length > 0 ? workspaces.map(({ id }) => ({ workspaceId: id })) : [{}];
}
