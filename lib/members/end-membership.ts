import "server-only";
import { revokePersonalTokensOf } from "@/lib/api-keys/mutations";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "@/lib/tickets/search/schemas";

type EndedMembership = {
  membershipId: string;
  workspaceId: string;
  userId: string;
  /** Who ended it: the member leaving, or the admin removing them. */
  actorId: string;
};

/**
 * What leaving and removing share, inside their transaction. The account stays (it may belong to
 * other workspaces), and so do the tickets it requested and its replies: they are the workspace's
 * history. Its open tickets go back to the queue, each with an "unassigned" timeline entry, so
 * nothing waits on someone who can no longer see it; its saved views, category watches and
 * personal tokens in this workspace go. The membership's sessions end with it: every request
 * re-reads the membership (lib/auth/session.ts). Returns how many tickets were unassigned.
 * The membership goes first: its row lock makes a second ending at the same moment (the member
 * leaving while an admin removes them) wait, then find nothing and change nothing.
 */
export async function endMembership(
  tx: Prisma.TransactionClient,
  { membershipId, workspaceId, userId, actorId }: EndedMembership,
): Promise<number> {
  const { count } = await tx.membership.deleteMany({ where: { id: membershipId } });
  if (count === 0) throw new NotFoundError("That person is no longer a member of this workspace.");
  const [unassigned] = await tx.$queryRaw<{ count: bigint }[]>`
    WITH unassigned AS (
      UPDATE tickets SET assignee_id = NULL, version = version + 1, updated_at = now()
       WHERE workspace_id = ${workspaceId}::uuid AND assignee_id = ${userId}::uuid
         AND status = ANY(${[...OPEN_STATUSES]}::"TicketStatus"[])
      RETURNING id
    ), events AS (
      INSERT INTO ticket_events (workspace_id, ticket_id, actor_id, type, from_value, to_value)
      SELECT ${workspaceId}::uuid, id, ${actorId}::uuid, 'ASSIGNEE_CHANGED', ${userId}, NULL FROM unassigned
      RETURNING 1
    )
    SELECT count(*) AS count FROM events`;
  await tx.savedView.deleteMany({ where: { workspaceId, userId } });
  await tx.categoryWatcher.deleteMany({ where: { workspaceId, userId } });
  await revokePersonalTokensOf(tx, workspaceId, userId, "membership ended");
  return Number(unassigned?.count ?? 0);
}
