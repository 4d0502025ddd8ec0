import type { Actor } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The tickets an actor may see, as a `where` clause every ticket query includes: staff see
 * their workspace's queue, clients only tickets they requested. A ticket outside it is never
 * loaded, so it is "not found" by construction.
 */
export function ticketScope(actor: Actor): Prisma.TicketWhereInput {
  return isStaff(actor.role)
    ? { workspaceId: actor.workspaceId }
    : { workspaceId: actor.workspaceId, requesterId: actor.userId };
}
