import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";

export type AuditEntry = {
  workspaceId: string | null;
  actorId: string | null;
  /** `<target>.<past-tense verb>`, e.g. `user.signed_in`, `ticket.assigned`. */
  action: string;
  targetType: string;
  targetId: string | null;
  metadata?: Prisma.InputJsonValue;
  context?: RequestContext;
};

/**
 * Appends an entry to the audit log. Pass the transaction client of the change being audited,
 * so the change and its entry commit or fail together.
 */
export async function recordAudit(
  client: Prisma.TransactionClient | PrismaClient,
  entry: AuditEntry,
): Promise<void> {
  const { context, metadata, ...fields } = entry;
  await client.auditLog.create({
    data: { ...fields, metadata: metadata ?? {}, ip: context?.ip, userAgent: context?.userAgent },
  });
}
