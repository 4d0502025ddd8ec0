import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The memberships an admin manages: those of their own workspace. */
export function memberScope(actor: Actor): Prisma.MembershipWhereInput {
  return { workspaceId: actor.workspaceId };
}
