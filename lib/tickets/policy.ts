import { isStaff } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The tickets an actor may see, as a `where` clause every ticket query includes: staff see
 * their workspace's queue, clients only tickets they requested. A ticket outside it is never
 * loaded, so it is "not found" by construction.
 */
export function ticketScope(actor: Actor): Prisma.TicketWhereInput {
  return isStaff(actor.role)
    ? { workspaceId: actor.workspaceId }
    : { workspaceId: actor.workspaceId, requesterId: actor.userId };
}

export const TICKET_ACTIONS = [
  "view",
  "create",
  "reply",
  "internal_note",
  "change_status",
  "change_priority",
  "change_category",
  "assign",
  "bulk_change",
  "export",
  "merge",
  "close_own",
  "reopen_own",
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** What the policy needs to know about a ticket; callers pass a wider row freely. */
export type TicketPolicySubject = { workspaceId: string; requesterId: string };

// Actions on the queue as a whole rather than on one ticket.
const QUEUE_ACTIONS: ReadonlySet<TicketAction> = new Set(["create", "bulk_change", "export"]);

// The only things a client may do with a ticket, and only with one they requested. State rules
// (a closed ticket cannot be closed again, the reopen window) belong to the workflow, not here.
const CLIENT_OWN_TICKET_ACTIONS: ReadonlySet<TicketAction> = new Set(["view", "reply", "close_own", "reopen_own"]);

/**
 * Whether the actor may do `action`, on `ticket` when the action concerns one. Staff may do
 * everything within their workspace; clients may file tickets and view, reply to, close and
 * reopen their own. Nobody may touch another workspace's ticket.
 */
export function can(actor: Actor, action: TicketAction, ticket?: TicketPolicySubject | null): boolean {
  if (action === "create") return true;
  if (QUEUE_ACTIONS.has(action)) return isStaff(actor.role);
  if (!ticket || ticket.workspaceId !== actor.workspaceId) return false;
  if (isStaff(actor.role)) return true;
  return ticket.requesterId === actor.userId && CLIENT_OWN_TICKET_ACTIONS.has(action);
}

const FORBIDDEN_MESSAGES: Record<TicketAction, string> = {
  view: "You cannot view this ticket.",
  create: "You cannot file tickets.",
  reply: "You cannot reply to this ticket.",
  internal_note: "Only staff can add internal notes.",
  change_status: "Only staff can change a ticket's status.",
  change_priority: "Only staff can change a ticket's priority.",
  change_category: "Only staff can change a ticket's category.",
  assign: "Only staff can assign tickets.",
  bulk_change: "Only staff can change several tickets at once.",
  export: "Only staff can export tickets.",
  merge: "Only staff can merge tickets.",
  close_own: "Only the requester or staff can close this ticket.",
  reopen_own: "Only the requester or staff can reopen this ticket.",
};

export const TICKET_NOT_FOUND_MESSAGE = "That ticket was not found.";

/**
 * Throws unless the actor may do `action`. A ticket the actor cannot even view is a
 * NotFoundError (404), so no message confirms that someone else's ticket exists; a ticket they
 * can view but not act on this way is a ForbiddenError (403) with the reason. Past it, the
 * ticket is known to exist (queue actions such as "create" take none).
 */
export function authorize<T extends TicketPolicySubject>(
  actor: Actor,
  action: TicketAction,
  ticket?: T | null,
): asserts ticket is T {
  if (!QUEUE_ACTIONS.has(action) && !can(actor, "view", ticket)) throw new NotFoundError(TICKET_NOT_FOUND_MESSAGE);
  if (!can(actor, action, ticket)) throw new ForbiddenError(FORBIDDEN_MESSAGES[action]);
}
