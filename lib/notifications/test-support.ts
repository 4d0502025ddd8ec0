import { randomUUID } from "node:crypto";
import { db } from "@/lib/test/db";
import { createTicket as fileTicket } from "@/lib/tickets/mutations/create";
import type { CreateTicketInput } from "@/lib/tickets/schemas";
import type { Actor } from "@/lib/auth/actor";

/** The outbox rows addressed to `to`, oldest first, optionally of one template. */
export const emailsTo = (to: string, template?: string) =>
  db.emailMessage.findMany({ where: { to, ...(template && { template }) }, orderBy: { createdAt: "asc" } });

/** Files a ticket through the real mutation, as the form does. */
export function fileTicketAs(actor: Actor, overrides: Partial<CreateTicketInput> = {}) {
  return fileTicket(actor, {
    title: `Printer ${randomUUID().slice(0, 8)} jams`,
    description: "It jams on every page.",
    kind: "INCIDENT",
    requestKey: randomUUID(),
    ...overrides,
  });
}

export function setPreferences(actor: Actor, data: { notifyOwnTicketUpdates?: boolean; notifyAssignments?: boolean; notifyNewTickets?: boolean }) {
  return db.membership.update({ where: { userId_workspaceId: { userId: actor.userId, workspaceId: actor.workspaceId } }, data });
}
