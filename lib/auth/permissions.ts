import { Role } from "@/lib/generated/prisma/enums";

/**
 * Everything a role may do beyond its own tickets, in one table: pages, actions, the API's
 * scopes and the navigation all ask `can`, so a link and the action behind it cannot disagree.
 * Which rows an actor may touch (a client sees only the tickets they requested, everyone only
 * their workspace's) is not a permission: the features' `*Scope` filters decide that.
 */
export const PERMISSIONS = [
  /** File a ticket. */
  "tickets.create",
  /** See every ticket of the workspace (not only one's own), its queues and requesters' emails. */
  "tickets.read_all",
  /** Reply to any ticket of the workspace. */
  "tickets.reply_all",
  /** Read and write internal notes. */
  "tickets.internal_notes",
  /** Change any ticket's status, close and reopen it included. */
  "tickets.change_status",
  "tickets.change_priority",
  "tickets.change_category",
  /** Assign tickets, and list who they may be assigned to. */
  "tickets.assign",
  /** Give a ticket the URGENT priority, which pages staff. */
  "tickets.set_urgent",
  "tickets.merge",
  "tickets.bulk_change",
  "tickets.export",
  /** See the workspace's incidents, their timelines and linked tickets. */
  "incidents.read",
  /** Declare incidents, run them (status, severity, roles), link tickets and write the timeline. */
  "incidents.manage",
  /** Close an incident without its post-incident review (audited): a manager's call. */
  "incidents.skip_review",
  /** The dashboard and its exports. */
  "dashboard.view",
  "categories.manage",
  /** List members, invite them, change their roles and security state. */
  "members.manage",
  /** How people sign up and sign in, SLA, business hours and API limits. */
  "settings.manage",
  /** Service accounts and every key of the workspace (everyone manages their own personal tokens). */
  "api_keys.manage",
  "audit.read",
  /** The outgoing mailbox: it holds other people's sign-in and reset links. */
  "mailbox.read",
  /** Sign-in activity, and unlocking accounts. */
  "sign_ins.manage",
  /** Delete the whole workspace and everything in it. */
  "workspace.delete",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Staff work every ticket of the workspace: all the ticket permissions. */
const TICKET_WORK: readonly Permission[] = PERMISSIONS.filter((permission) => permission.startsWith("tickets."));

/** Every staff member runs incidents; clients only ever hear of them through status updates. */
const STAFF_WORK: readonly Permission[] = [...TICKET_WORK, "incidents.read", "incidents.manage"];

/** Who may do what. Clients file tickets and work on their own (lib/tickets/policy.ts). */
const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  [Role.CLIENT]: new Set(["tickets.create"]),
  [Role.AGENT]: new Set(STAFF_WORK),
  [Role.MANAGER]: new Set([...STAFF_WORK, "incidents.skip_review", "dashboard.view"]),
  [Role.ADMIN]: new Set(PERMISSIONS),
};

/** Whether `actor` (anything with a role: an actor, a membership, an API key's owner) may do `permission`. */
export function can(actor: { role: Role }, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].has(permission);
}
