import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { findUsersInOtherWorkspaces } from "./other-workspaces";
import { memberScope } from "./policy";
import { MEMBER_PAGE_SIZE, type MemberFilters } from "./schemas";

const memberSelect = {
  role: true,
  createdAt: true,
  user: {
    select: {
      id: true,
      name: true,
      email: true,
      emailVerifiedAt: true,
      disabledAt: true,
      lockedUntil: true,
      twoFactorEnabledAt: true,
    },
  },
} satisfies Prisma.MembershipSelect;

/**
 * A member as the people page shows them. `isInOtherWorkspaces`: their account serves another
 * workspace too, so only they may change it (lib/members/other-workspaces.ts).
 */
export type MemberItem = Prisma.MembershipGetPayload<{ select: typeof memberSelect }> & { isInOtherWorkspaces: boolean };
export type MemberPage = { members: MemberItem[]; nextAfter: string | null };

/**
 * The admin's workspace members by email, a page at a time (keyset on the unique email), matched
 * by name or email when searching. Anyone but an admin gets "not found".
 */
export async function listMembers(actor: Actor, { q, after }: Partial<MemberFilters>): Promise<MemberPage> {
  if (!can(actor, "members.manage")) throw new NotFoundError();
  const userWhere: Prisma.UserWhereInput = {
    ...(q && { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }),
    ...(after && { email: { gt: after } }),
  };
  const scoped = dbFor(actor);
  const rows = await scoped.membership.findMany({
    // Service accounts are listed with their API keys (Admin → API keys), not as people.
    where: { AND: [memberScope(actor), { user: { ...userWhere, isServiceAccount: false } }] },
    orderBy: { user: { email: "asc" } },
    take: MEMBER_PAGE_SIZE + 1,
    select: memberSelect,
  });
  const page = rows.slice(0, MEMBER_PAGE_SIZE);
  const elsewhere = await findUsersInOtherWorkspaces(scoped, page.map((member) => member.user.id));
  const members = page.map((member) => ({ ...member, isInOtherWorkspaces: elsewhere.has(member.user.id) }));
  const hasMore = rows.length > MEMBER_PAGE_SIZE;
  return { members, nextAfter: hasMore ? (members.at(-1)?.user.email ?? null) : null };
}
