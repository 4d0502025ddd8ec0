import type { Role } from "@/lib/generated/prisma/enums";

/** What an API key may do; each endpoint names the one it needs. */
export const API_SCOPES = ["tickets:read", "tickets:write", "categories:read", "users:read", "users:write", "audit:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "tickets:read": "List, search and read tickets and their replies",
  "tickets:write": "File tickets, change them and reply",
  "categories:read": "List categories",
  "users:read": "List the workspace's members (admins only)",
  "users:write": "Invite members (admins only)",
  "audit:read": "Read the audit log (admins only)",
};

/** Scopes over the workspace's people and its audit log, which only admins hold. */
export const ADMIN_SCOPES: readonly ApiScope[] = ["users:read", "users:write", "audit:read"];

/** The scopes a key acting with this role may carry: never more than the role itself may do. */
export function scopesAllowedFor(role: Role): readonly ApiScope[] {
  return role === "ADMIN" ? API_SCOPES : API_SCOPES.filter((scope) => !ADMIN_SCOPES.includes(scope));
}
