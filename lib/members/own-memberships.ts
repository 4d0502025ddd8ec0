import "server-only";
import { dbFor } from "@/lib/db";
import { liveWorkspaceWhere } from "@/lib/workspaces/live";

const membershipSelect = { role: true, workspace: { select: { id: true, name: true, slug: true } } } as const;

/**
 * Every workspace `userId` belongs to, with their role there, oldest membership first (the first
 * is the one they sign in to), leaving out workspaces being deleted. Read in the user's own scope,
 * in which row-level security shows their memberships in every workspace and no one else's.
 */
export async function listOwnMemberships(userId: string) {
  return dbFor({ userId }).membership.findMany({
    where: { userId, workspace: liveWorkspaceWhere },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: membershipSelect,
  });
}

/**
 * The user's membership in the workspace with `slug`, or their first one without a slug (the one
 * they sign in to); null when they are no member there or it is being deleted. With what the two-factor rule needs.
 */
export async function findOwnMembership(userId: string, slug?: string) {
  return dbFor({ userId }).membership.findFirst({
    where: { userId, workspace: { ...liveWorkspaceWhere, ...(slug !== undefined && { slug }) } },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      workspace: { select: { id: true, name: true, slug: true, requireStaffTwoFactor: true } },
      user: { select: { email: true, name: true, twoFactorEnabledAt: true } },
    },
  });
}

export type OwnMembership = Awaited<ReturnType<typeof listOwnMemberships>>[number];
