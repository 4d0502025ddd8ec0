import type { Actor } from "@/lib/auth/actor";
import { type Permission, can } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The tickets an actor may see, as a `where` clause every ticket query includes: staff see
 * their workspace's queue, clients only tickets they requested. A ticket outside it is never
 * loaded, so it is "not found" by construction.
 */
export function ticketScope(actor: Actor): Prisma.TicketWhereInput {
  return can(actor, "tickets.read_all")
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

/** The permission that allows each action on any ticket of the workspace (or on the queue). */
const ACTION_PERMISSIONS: Record<TicketAction, Permission> = {
  view: "tickets.read_all",
  create: "tickets.create",
  reply: "tickets.reply_all",
  internal_note: "tickets.internal_notes",
  change_status: "tickets.change_status",
  change_priority: "tickets.change_priority",
  change_category: "tickets.change_category",
  assign: "tickets.assign",
  bulk_change: "tickets.bulk_change",
  export: "tickets.export",
  merge: "tickets.merge",
  close_own: "tickets.change_status",
  reopen_own: "tickets.change_status",
};

// The only things a client may do with a ticket, and only with one they requested. State rules
// (a closed ticket cannot be closed again, the reopen window) belong to the workflow, not here.
const CLIENT_OWN_TICKET_ACTIONS: ReadonlySet<TicketAction> = new Set(["view", "reply", "close_own", "reopen_own"]);

/**
 * Whether the actor may do `action`, on `ticket` when the action concerns one: any ticket of
 * their workspace with the action's permission (staff), else only their own and only the
 * client's few actions (view, reply, close, reopen). Nobody may touch another workspace's ticket.
 */
export function canActOnTicket(actor: Actor, action: TicketAction, ticket?: TicketPolicySubject | null): boolean {
  const permission = ACTION_PERMISSIONS[action];
  if (QUEUE_ACTIONS.has(action)) return can(actor, permission);
  if (!ticket || ticket.workspaceId !== actor.workspaceId) return false;
  if (can(actor, permission)) return true;
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
  if (!QUEUE_ACTIONS.has(action) && !canActOnTicket(actor, "view", ticket)) throw new NotFoundError(TICKET_NOT_FOUND_MESSAGE);
  if (!canActOnTicket(actor, action, ticket)) throw new ForbiddenError(FORBIDDEN_MESSAGES[action]);
}
