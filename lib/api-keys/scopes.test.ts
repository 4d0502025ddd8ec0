import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { API_SCOPES, SCOPE_PERMISSIONS, scopesAllowedFor, serviceAccountRoleFor } from "./scopes";

describe("API scopes", () => {
  it("lets an admin's key carry every scope, staff keys the ticket, category and incident scopes, and clients' the ticket and category ones", () => {
    expect(scopesAllowedFor(Role.ADMIN)).toEqual(API_SCOPES);
    for (const role of [Role.AGENT, Role.MANAGER]) {
      expect(scopesAllowedFor(role)).toEqual(["tickets:read", "tickets:write", "categories:read", "incidents:read", "incidents:write"]);
    }
    expect(scopesAllowedFor(Role.CLIENT)).toEqual(["tickets:read", "tickets:write", "categories:read"]);
  });

  it("needs the owner to read incidents for incidents:read, and to run them for incidents:write", () => {
    expect(SCOPE_PERMISSIONS["incidents:read"]).toEqual(["incidents.read"]);
    expect(SCOPE_PERMISSIONS["incidents:write"]).toEqual(["incidents.read", "incidents.manage"]);
  });

  it("lets only a role that may manage keys hold the key-management scope", () => {
    expect(SCOPE_PERMISSIONS["api_keys:manage"]).toEqual(["api_keys.manage"]);
    expect(API_SCOPES.filter((scope) => scopesAllowedFor(Role.ADMIN).includes(scope))).toContain("api_keys:manage");
    for (const role of [Role.CLIENT, Role.AGENT, Role.MANAGER]) expect(scopesAllowedFor(role)).not.toContain("api_keys:manage");
  });

  it("gives a service account an agent's role unless a scope needs an admin's", () => {
    expect(serviceAccountRoleFor(["tickets:read", "tickets:write", "categories:read"])).toBe(Role.AGENT);
    expect(serviceAccountRoleFor(["incidents:read", "incidents:write", "tickets:read"])).toBe(Role.AGENT);
    expect(serviceAccountRoleFor([])).toBe(Role.AGENT);
    for (const scope of ["users:read", "users:write", "audit:read", "api_keys:manage"] as const) {
      expect(serviceAccountRoleFor(["tickets:read", scope])).toBe(Role.ADMIN);
    }
  });
});
