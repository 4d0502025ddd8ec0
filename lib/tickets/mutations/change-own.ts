import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import type { CloseOwnTicketInput, ReopenOwnTicketInput } from "../change-schemas";
import { canRequesterReopen } from "../workflow";
import { runTicketChange } from "./change";
import { statusChange } from "./change-kinds";

/**
 * The requester closes their ticket from any status but CLOSED (a closed one is left as it is).
 * Closing keeps resolvedAt as it was, so a ticket closed without a resolution does not count as
 * resolved.
 */
export function closeOwnTicket(actor: Actor, input: CloseOwnTicketInput, context?: RequestContext) {
  return runTicketChange(actor, input, "close_own", (_tx, ticket, now) => statusChange(ticket, "CLOSED", now), context);
}

/**
 * The requester reopens their resolved ticket to OPEN within the workspace's reopen window
 * (Workspace.clientReopenDays after it was resolved), clearing its resolution and closing times.
 * After the window, or once closed, the way back is a new ticket.
 */
export function reopenOwnTicket(actor: Actor, input: ReopenOwnTicketInput, context?: RequestContext) {
  return runTicketChange(actor, input, "reopen_own", async (tx, ticket, now) => {
    if (ticket.status !== "RESOLVED") {
      throw new DomainError("NOT_REOPENABLE", "Only a resolved ticket can be reopened. File a new ticket instead.");
    }
    const { clientReopenDays } = await tx.workspace.findUniqueOrThrow({
      where: { id: ticket.workspaceId },
      select: { clientReopenDays: true },
    });
    if (!canRequesterReopen(ticket, clientReopenDays, now)) {
      throw new DomainError(
        "REOPEN_WINDOW_PASSED",
        `Resolved tickets can be reopened for ${clientReopenDays} days, and that time has passed. File a new ticket and mention #${ticket.number}.`,
      );
    }
    return statusChange(ticket, "OPEN", now);
  }, context);
}
