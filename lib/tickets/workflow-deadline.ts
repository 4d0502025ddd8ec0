import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { openReopenDeadline } from "./workflow";

/**
 * Until when the actor may reopen this ticket as its requester, or null: they are not the
 * requester, it is not resolved, or the workspace's window (clientReopenDays) has passed.
 */
export async function findRequesterReopenDeadline(
  actor: Actor,
  ticket: { requesterId: string; status: TicketStatus; resolvedAt: Date | null },
  now: Date,
): Promise<Date | null> {
  if (ticket.requesterId !== actor.userId || ticket.status !== "RESOLVED") return null;
  const { clientReopenDays } = await dbFor(actor).workspace.findUniqueOrThrow({
    where: { id: actor.workspaceId },
    select: { clientReopenDays: true },
  });
  return openReopenDeadline(ticket, clientReopenDays, now);
}
