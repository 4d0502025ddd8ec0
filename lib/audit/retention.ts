import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enterScope } from "@/lib/database-scope";
import { recordAudit } from "./record";

/**
 * Deletes audit entries older than `before`: the one sanctioned way to shorten the append-only
 * log, for a retention policy. The triggers are disabled and re-enabled inside one transaction;
 * ALTER TABLE holds an exclusive lock until commit, so no other session ever sees the log
 * unprotected, and the pruning itself is logged as `audit_log.pruned`.
 */
export async function pruneAuditLog(client: PrismaClient, before: Date): Promise<{ deleted: number }> {
  return client.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("ALTER TABLE audit_logs DISABLE TRIGGER audit_logs_append_only");
    // Row-level security shows one workspace's entries at a time, and those of none in each.
    let deleted = 0;
    const workspaces = await tx.workspace.findMany({ select: { id: true } });
    for (const { id } of workspaces) {
      await enterScope(tx, { workspaceId: id });
      deleted += await tx.$executeRaw`DELETE FROM audit_logs WHERE created_at < ${before} AND workspace_id = ${id}::uuid`;
    }
    await enterScope(tx, {});
    deleted += await tx.$executeRaw`DELETE FROM audit_logs WHERE created_at < ${before} AND workspace_id IS NULL`;
    await tx.$executeRawUnsafe("ALTER TABLE audit_logs ENABLE TRIGGER audit_logs_append_only");
    await recordAudit(tx, {
      workspaceId: null,
      actorId: null,
      action: "audit_log.pruned",
      targetType: "audit_log",
      targetId: null,
      metadata: { before: before.toISOString(), deleted },
    });
    return { deleted };
  });
}
