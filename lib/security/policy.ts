import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The sign-in attempts an admin may see: those of members of their workspace, and those for
 * emails with no account. Attempts carry no workspace (they happen before one is chosen), so
 * membership decides. Unknown-email attempts belong to no workspace; they are shown to every
 * admin because credential stuffing shows up mostly as them, and they reveal only what an
 * anonymous visitor typed, never another workspace's account.
 */
export function signInAttemptScope(actor: Actor): Prisma.LoginAttemptWhereInput {
  return {
    OR: [{ userId: null }, { user: { memberships: { some: { workspaceId: actor.workspaceId } } } }],
  };
}

/** Users an admin may unlock: members of their workspace. */
export function lockableUserScope(actor: Actor): Prisma.UserWhereInput {
  return { memberships: { some: { workspaceId: actor.workspaceId } } };
}
