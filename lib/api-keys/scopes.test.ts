import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { API_SCOPES, SCOPE_PERMISSIONS, scopesAllowedFor, serviceAccountRoleFor } from "./scopes";

describe("API scopes", () => {
  it("lets an admin's key carry every scope and anyone else's only the ticket and category scopes", () => {
    expect(scopesAllowedFor(Role.ADMIN)).toEqual(API_SCOPES);
    for (const role of [Role.CLIENT, Role.AGENT, Role.MANAGER]) {
      expect(scopesAllowedFor(role)).toEqual(["tickets:read", "tickets:write", "categories:read"]);
    }
  });

  it("lets only a role that may manage keys hold the key-management scope", () => {
    expect(SCOPE_PERMISSIONS["api_keys:manage"]).toEqual(["api_keys.manage"]);
    expect(API_SCOPES.filter((scope) => scopesAllowedFor(Role.ADMIN).includes(scope))).toContain("api_keys:manage");
    for (const role of [Role.CLIENT, Role.AGENT, Role.MANAGER]) expect(scopesAllowedFor(role)).not.toContain("api_keys:manage");
  });

  it("gives a service account an agent's role unless a scope needs an admin's", () => {
    expect(serviceAccountRoleFor(["tickets:read", "tickets:write", "categories:read"])).toBe(Role.AGENT);
    expect(serviceAccountRoleFor([])).toBe(Role.AGENT);
    for (const scope of ["users:read", "users:write", "audit:read", "api_keys:manage"] as const) {
      expect(serviceAccountRoleFor(["tickets:read", scope])).toBe(Role.ADMIN);
    }
  });
});
