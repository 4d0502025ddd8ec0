import "server-only";
import { dbFor } from "@/lib/db";

const membershipSelect = { role: true, workspace: { select: { id: true, name: true, slug: true } } } as const;

/**
 * Every workspace `userId` belongs to, with their role there, oldest membership first (the first
 * is the one they sign in to). Read in the user's own scope, in which row-level security shows
 * their memberships in every workspace and no one else's.
 */
export async function listOwnMemberships(userId: string) {
  return dbFor({ userId }).membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: membershipSelect,
  });
}

/** The user's membership in the workspace with `slug`, or null when they are not a member. */
export async function findOwnMembershipBySlug(userId: string, slug: string) {
  return dbFor({ userId }).membership.findFirst({ where: { userId, workspace: { slug } }, select: membershipSelect });
}

export type OwnMembership = Awaited<ReturnType<typeof listOwnMemberships>>[number];
