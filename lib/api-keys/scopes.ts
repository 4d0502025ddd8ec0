import { type Permission, can } from "@/lib/auth/permissions";
import { Role } from "@/lib/generated/prisma/enums";

/** What an API key may do; each endpoint names the one it needs. */
export const API_SCOPES = [
  "tickets:read",
  "tickets:write",
  "categories:read",
  "incidents:read",
  "incidents:write",
  "users:read",
  "users:write",
  "audit:read",
  "api_keys:manage",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "tickets:read": "List, search and read tickets and their replies",
  "tickets:write": "File tickets, change them and reply",
  "categories:read": "List categories",
  "incidents:read": "List and read incidents, their timelines, tasks and status updates (staff only)",
  "incidents:write": "Declare and run incidents: status, severity, roles, notes, linked tickets, tasks and updates (staff only)",
  "users:read": "List the workspace's members (admins only)",
  "users:write": "Invite members (admins only)",
  "audit:read": "Read the audit log (admins only)",
  "api_keys:manage": "List and create service accounts and keys, and revoke keys (admins only)",
};

/**
 * The permissions a scope needs its key's owner to hold (lib/auth/permissions.ts), so a key never
 * does more than its owner's role. The ticket and category scopes need none: what each ticket
 * call may do is the ticket policy's answer for the owner, a client's own tickets included.
 * Incidents are staff business, so a client's key never carries their scopes.
 */
export const SCOPE_PERMISSIONS: Record<ApiScope, readonly Permission[]> = {
  "tickets:read": [],
  "tickets:write": [],
  "categories:read": [],
  "incidents:read": ["incidents.read"],
  "incidents:write": ["incidents.read", "incidents.manage"],
  "users:read": ["members.manage"],
  "users:write": ["members.manage"],
  "audit:read": ["audit.read"],
  "api_keys:manage": ["api_keys.manage"],
};

/** The scopes a key acting with this role may carry: never more than the role itself may do. */
export function scopesAllowedFor(role: Role): readonly ApiScope[] {
  return API_SCOPES.filter((scope) => SCOPE_PERMISSIONS[scope].every((permission) => can({ role }, permission)));
}

/**
 * The role a service account needs for `scopes`: an agent's when that is enough, else an admin's,
 * so an integration holds no more of the table than its key asks for.
 */
export function serviceAccountRoleFor(scopes: readonly ApiScope[]): Role {
  const agentScopes = scopesAllowedFor(Role.AGENT);
  return scopes.every((scope) => agentScopes.includes(scope)) ? Role.AGENT : Role.ADMIN;
}
