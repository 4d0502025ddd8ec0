import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, transactionFor } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The workspace's tables, emptied in this order. Replies and timeline entries go with their
 * tickets (ON DELETE CASCADE, along indexes on ticket_id), so a batch of tickets also takes
 * theirs, and its incident links; an incident's timeline (edits first), tasks, updates, review,
 * responders and links are emptied before the incidents, in batches of their own; the rollups
 * after the tickets, whose deletion queues refreshes; the audit log and the
 * memberships last, so that until the content is gone they still say who was in the workspace
 * and what happened there. Every table with a workspace_id is here: the test compares this list
 * with the database's.
 */
export const WORKSPACE_TABLES = [
  "tickets",
  "incident_tickets",
  "incident_event_edits",
  "incident_events",
  "incident_tasks",
  "incident_status_updates",
  "incident_reviews",
  "incident_responders",
  "incidents",
  "ticket_daily_stats",
  "dashboard_refreshes",
  "saved_views",
  "category_watchers",
  "categories",
  "api_usage",
  "api_keys",
  "invitations",
  "status_page_subscribers",
  "email_messages",
  "audit_logs",
  "memberships",
] as const;

/**
 * Tickets (with their replies and events) or other rows per transaction. Measured: 5,000 tickets
 * with 10 replies and 5 events each (80,000 rows) took 0.2-0.26 s, so no batch holds its locks long.
 */
export const REMOVAL_BATCH_SIZE = 5_000;

type DeletingWorkspace = { id: string; name: string; slug: string; deletionRequestedById: string | null };

/**
 * Deletes up to `batchSize` rows of the first table that still has some, in one transaction in
 * the workspace's scope (row-level security lets it see that workspace only), and adds them to
 * the progress. The workspace row is locked first, SKIP LOCKED: a batch that another server
 * process is running makes this one return null rather than wait. Returns the rows deleted (0
 * when every table is empty).
 */
async function removeBatch(workspaceId: string, batchSize: number): Promise<number | null> {
  return transactionFor({ workspaceId }, async (tx) => {
    const locked = await tx.$queryRaw<unknown[]>`
      SELECT 1 FROM workspaces WHERE id = ${workspaceId}::uuid FOR NO KEY UPDATE SKIP LOCKED`;
    if (locked.length === 0) return null;
    for (const table of WORKSPACE_TABLES) {
      const name = Prisma.raw(`"${table}"`);
      const deleted = await tx.$executeRaw`
        DELETE FROM ${name} WHERE ctid = ANY(ARRAY(
          SELECT ctid FROM ${name} WHERE workspace_id = ${workspaceId}::uuid LIMIT ${batchSize}))`;
      if (deleted > 0) {
        await tx.$executeRaw`
          UPDATE workspaces SET deletion_rows_removed = deletion_rows_removed + ${deleted} WHERE id = ${workspaceId}::uuid`;
        return deleted;
      }
    }
    return 0;
  }, { timeout: 60_000 });
}

/**
 * Deletes the emptied workspace row, with `workspace.deleted` in the instance log. Whatever a
 * request still in flight wrote after the last batch goes with it (ON DELETE CASCADE); the audit
 * log, which refuses cascades, is emptied here first.
 */
async function finishRemoval(workspace: DeletingWorkspace): Promise<void> {
  await transactionFor({ workspaceId: workspace.id }, async (tx) => {
    await tx.$executeRaw`DELETE FROM audit_logs WHERE workspace_id = ${workspace.id}::uuid`;
    const [removed] = await tx.$queryRaw<{ deletion_rows_removed: number }[]>`
      DELETE FROM workspaces WHERE id = ${workspace.id}::uuid RETURNING deletion_rows_removed`;
    if (!removed) return;
    await recordAudit(tx, {
      workspaceId: null,
      actorId: workspace.deletionRequestedById,
      action: "workspace.deleted",
      targetType: "workspace",
      targetId: workspace.id,
      metadata: { name: workspace.name, slug: workspace.slug, rowsRemoved: removed.deletion_rows_removed },
    });
  });
}

export type RemovalRun = { batches: number; rowsRemoved: number; workspacesDeleted: number };

/**
 * Works through the workspaces being deleted, oldest request first: batches of rows, then the
 * workspace itself. At most `maxBatches` batches per run, and none after `signal` aborts (the
 * server is stopping). Everything it needs is in the database, so a restarted server resumes
 * where the last one stopped.
 */
export async function removeDeletedWorkspaces({
  maxBatches = 20,
  batchSize = REMOVAL_BATCH_SIZE,
  signal,
}: { maxBatches?: number; batchSize?: number; signal?: AbortSignal } = {}): Promise<RemovalRun> {
  const run: RemovalRun = { batches: 0, rowsRemoved: 0, workspacesDeleted: 0 };
  const deleting = await db.workspace.findMany({
    where: { deletionRequestedAt: { not: null } },
    orderBy: { deletionRequestedAt: "asc" },
    select: { id: true, name: true, slug: true, deletionRequestedById: true },
  });
  for (const workspace of deleting) {
    while (run.batches < maxBatches && !signal?.aborted) {
      const deleted = await removeBatch(workspace.id, batchSize);
      if (deleted === null) break;
      if (deleted === 0) {
        await finishRemoval(workspace);
        run.workspacesDeleted += 1;
        break;
      }
      run.batches += 1;
      run.rowsRemoved += deleted;
    }
  }
  return run;
}
