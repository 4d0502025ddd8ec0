import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import type { MergeTarget } from "./merge-schemas";
import { canActOnTicket, ticketScope } from "./policy";

/**
 * The ticket `number` as a merge target for the merge form's preview, or null when the actor
 * cannot see it or may not merge (clients): the same answer either way, so it confirms nothing.
 */
export async function findMergeTarget(actor: Actor, number: number): Promise<MergeTarget | null> {
  const row = await dbFor(actor).ticket.findFirst({
    where: { AND: [ticketScope(actor), { number }] },
    select: {
      workspaceId: true,
      requesterId: true,
      number: true,
      title: true,
      status: true,
      requester: { select: { name: true } },
      mergedInto: { select: { number: true } },
    },
  });
  if (!row || !canActOnTicket(actor, "merge", row)) return null;
  return {
    number: row.number,
    title: row.title,
    status: row.status,
    requesterName: row.requester.name,
    mergedIntoNumber: row.mergedInto?.number ?? null,
  };
}
