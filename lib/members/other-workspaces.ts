import "server-only";
import type { ScopedClient } from "@/lib/database-scope";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Those of `userIds` who also belong to a workspace besides the scope's. Row-level security hides
 * other workspaces' memberships from an admin's scope, so the SQL function
 * `users_in_other_workspaces` (its migration says how) asks in each user's own scope and answers
 * only yes or no: one statement for a page of members.
 */
export async function findUsersInOtherWorkspaces(
  client: ScopedClient | Prisma.TransactionClient,
  userIds: string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT id FROM users_in_other_workspaces(${userIds}::uuid[]) AS id`;
  return new Set(rows.map((row) => row.id));
}

/**
 * An account (its password, second factor, whether it may sign in) serves every workspace its
 * person belongs to, so an admin changes it only when their workspace is the person's only one:
 * otherwise an admin of one workspace could lock the person out of another, or weaken their
 * sign-in there. The user row is locked first: adding a membership checks its key against that
 * row, so an invitation accepted at the same moment waits and is then counted, rather than
 * slipping past the count. Call it in the admin's transaction, whose workspace is "here".
 */
export async function assertAccountOnlyHere(tx: Prisma.TransactionClient, user: { id: string; name: string }) {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${user.id}::uuid FOR UPDATE`;
  const elsewhere = await findUsersInOtherWorkspaces(tx, [user.id]);
  if (elsewhere.has(user.id)) {
    throw new DomainError(
      "ACCOUNT_IN_OTHER_WORKSPACES",
      `${user.name} also belongs to other workspaces, so only they can change their account. Remove them from this workspace instead.`,
    );
  }
}
