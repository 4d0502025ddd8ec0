import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The entries an admin may read: their workspace's. */
export function auditScope(actor: Actor): Prisma.AuditLogWhereInput {
  return { workspaceId: actor.workspaceId };
}
