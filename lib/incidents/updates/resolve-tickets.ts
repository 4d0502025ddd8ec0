import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { notifyTicketChange } from "@/lib/notifications/notify-change";
import type { RequestContext } from "@/lib/request-context";
import { applyTicketChange, ticketForChangeSelect } from "@/lib/tickets/mutations/change-core";
import { statusChange } from "@/lib/tickets/mutations/change-kinds";
import { authorize, ticketScope } from "@/lib/tickets/policy";
import { loadSlaSettings } from "@/lib/tickets/sla";
import { ACTIVE_STATUSES } from "@/lib/tickets/workflow";
import type { Transaction } from "../mutations/core";

// A NEW ticket must be picked up before it is resolved (lib/tickets/workflow.ts): the incident's
// response is that pick-up, so it goes through OPEN, each step its own event.
const stepsToResolved = (status: TicketStatus): TicketStatus[] => (status === "NEW" ? ["OPEN", "RESOLVED"] : ["RESOLVED"]);

/**
 * Resolves the incident's linked tickets that are still being worked on, through the tickets' own
 * change code (version check, event, audit entry, due times, the requester's "resolved" email),
 * in the caller's transaction. Returns how many were resolved.
 */
export async function resolveLinkedTickets(tx: Transaction, actor: Actor, incidentId: string, now: Date, context?: RequestContext): Promise<number> {
  const tickets = await tx.ticket.findMany({
    where: { AND: [ticketScope(actor), { incidentLinks: { some: { incidentId } }, mergedIntoId: null, status: { in: [...ACTIVE_STATUSES] } }] },
    orderBy: { number: "asc" },
    select: ticketForChangeSelect,
  });
  const slaSettings = await loadSlaSettings(tx, actor.workspaceId);
  for (const loaded of tickets) {
    authorize(actor, "change_status", loaded);
    let ticket = loaded;
    for (const to of stepsToResolved(ticket.status)) {
      const change = statusChange(ticket, to, now);
      if (!change) continue;
      const version = await applyTicketChange(tx, actor, ticket, change, { now, context, isBulk: true, slaSettings });
      await notifyTicketChange(tx, actor, ticket, change);
      ticket = { ...ticket, status: to, version };
    }
  }
  return tickets.length;
}
