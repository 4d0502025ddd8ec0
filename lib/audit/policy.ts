import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Only administrators read the audit log. */
export function canViewAuditLog(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

/** The entries an admin may read: their workspace's. */
export function auditScope(actor: Actor): Prisma.AuditLogWhereInput {
  return { workspaceId: actor.workspaceId };
}
