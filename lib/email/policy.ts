import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Only admins read the mailbox: it holds other people's sign-in and reset links. */
export function canReadMailbox(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

/**
 * The messages an admin sees: their workspace's, plus the few written without a workspace
 * (an account that belongs to none yet). Callers pass the recipient's workspace whenever known.
 */
export function mailboxScope(actor: Actor): Prisma.EmailMessageWhereInput {
  return { OR: [{ workspaceId: actor.workspaceId }, { workspaceId: null }] };
}
