import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The messages an admin sees: their workspace's, plus the few written without a workspace
 * (an account that belongs to none yet). Callers pass the recipient's workspace whenever known.
 */
export function mailboxScope(actor: Actor): Prisma.EmailMessageWhereInput {
  return { OR: [{ workspaceId: actor.workspaceId }, { workspaceId: null }] };
}
