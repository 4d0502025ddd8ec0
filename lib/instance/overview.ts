import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { listWorkspaceDeletions } from "@/lib/workspaces/deletion/progress";
import { isInstanceOperator } from "./queries";

// The newest entries; older ones stay in audit_logs (workspace_id null) for SQL and backups.
export const INSTANCE_LOG_LIMIT = 50;

/**
 * What the instance operator watches: the workspaces being deleted with how far their removal
 * has got, and the instance log (audit entries of no workspace: workspaces created and deleted,
 * instance settings changed), newest first. Operators only; others get "not found".
 */
export async function getInstanceOverview(actor: Actor) {
  if (!(await isInstanceOperator(actor))) throw new NotFoundError();
  const [deletions, log] = await Promise.all([
    listWorkspaceDeletions(),
    db.auditLog.findMany({
      where: { workspaceId: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: INSTANCE_LOG_LIMIT,
      select: { id: true, action: true, metadata: true, createdAt: true, actor: { select: { name: true, email: true } } },
    }),
  ]);
  return { deletions, log };
}

export type InstanceOverview = Awaited<ReturnType<typeof getInstanceOverview>>;
