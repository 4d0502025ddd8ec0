import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Only administrators list members and change their roles or security state. */
export function canManageMembers(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

/** The memberships an admin manages: those of their own workspace. */
export function memberScope(actor: Actor): Prisma.MembershipWhereInput {
  return { workspaceId: actor.workspaceId };
}
