import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { callApi, personalToken, serviceToken } from "./test-client";

async function workspaceWithManager() {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  const managerToken = await serviceToken(admin, ["api_keys:manage"], "Key rotation");
  return { workspace, admin, managerToken };
}

type Created = { serviceAccount: { id: string }; key: { id: string; token: string } };

const nagios = { name: "Nagios", scopes: ["tickets:read", "tickets:write"], expiresInDays: "90" };

describe("key management over the API", () => {
  it("creates a service account with its key, lists both, rotates the key and revokes the old one, all audited", async () => {
    const { workspace, managerToken } = await workspaceWithManager();
    const created = await callApi("POST", "/service-accounts", { token: managerToken, body: nagios });
    expect(created).toMatchObject({
      status: 201,
      body: { serviceAccount: { name: "Nagios", role: "AGENT", activeKeys: 1 }, key: { name: "Nagios", scopes: nagios.scopes, token: expect.stringMatching(/^trg_/) } },
    });
    const { serviceAccount, key } = created.body as Created;
    expect(await callApi("GET", "/me", { token: key.token })).toMatchObject({ status: 200, body: { user: { id: serviceAccount.id }, role: "AGENT" } });

    const accounts = await callApi("GET", "/service-accounts", { token: managerToken });
    expect((accounts.body as { data: { id: string; name: string }[] }).data.map(({ name }) => name).sort()).toEqual(["Key rotation", "Nagios"]);
    const keys = await callApi("GET", "/api-keys", { token: managerToken });
    expect((keys.body as { data: unknown[] }).data).toContainEqual(expect.objectContaining({ id: key.id, serviceAccountId: serviceAccount.id, revokedAt: null }));
    expect(JSON.stringify(keys.body)).not.toMatch(/secretHash|"token"/);

    const rotated = await callApi("POST", "/api-keys", { token: managerToken, body: { ...nagios, name: "Nagios 2", serviceAccountId: serviceAccount.id } });
    expect(rotated).toMatchObject({ status: 201, body: { serviceAccountId: serviceAccount.id, name: "Nagios 2", token: expect.stringMatching(/^trg_/) } });
    expect(await callApi("POST", `/api-keys/${key.id}/revoke`, { token: managerToken })).toMatchObject({ status: 200, body: { id: key.id, revoked: true } });
    expect(await callApi("POST", `/api-keys/${key.id}/revoke`, { token: managerToken })).toMatchObject({ status: 200, body: { revoked: false } });
    expect((await callApi("GET", "/me", { token: key.token })).status).toBe(401);
    expect((await callApi("GET", "/me", { token: (rotated.body as { token: string }).token })).status).toBe(200);
    expect(await callApi("GET", "/service-accounts", { token: managerToken })).toMatchObject({ body: { data: expect.arrayContaining([expect.objectContaining({ name: "Nagios", activeKeys: 1 })]) } });

    const audit = await db.auditLog.findMany({ where: { workspaceId: workspace.id, targetType: "api_key" }, orderBy: { createdAt: "asc" } });
    expect(audit.map(({ action }) => action)).toEqual(["api_key.created", "api_key.created", "api_key.created", "api_key.revoked"]);
    // The key that manages is the actor on record.
    const manager = await db.user.findFirstOrThrow({ where: { name: "Key rotation", memberships: { some: { workspaceId: workspace.id } } } });
    expect(audit[3]).toMatchObject({ targetId: key.id, actorId: manager.id });
  });

  it("refuses invalid input and scopes beyond a service account's role, creating nothing", async () => {
    const { workspace, managerToken } = await workspaceWithManager();
    const before = await db.apiKey.count({ where: { workspaceId: workspace.id } });
    const invalid = await callApi("POST", "/service-accounts", { token: managerToken, body: { name: "", scopes: ["tickets:delete"], expiresInDays: "12" } });
    expect(invalid).toMatchObject({ status: 422, body: { code: "VALIDATION_FAILED" } });
    expect(Object.keys((invalid.body as { details: { fieldErrors: object } }).details.fieldErrors).sort()).toEqual(["expiresInDays", "name", "scopes"]);

    const agentAccount = (await callApi("POST", "/service-accounts", { token: managerToken, body: nagios })).body as Created;
    const beyond = await callApi("POST", "/api-keys", { token: managerToken, body: { ...nagios, scopes: ["audit:read"], serviceAccountId: agentAccount.serviceAccount.id } });
    expect(beyond).toMatchObject({ status: 422, body: { details: { fieldErrors: { scopes: [expect.stringContaining("audit:read")] } } } });
    expect(await db.apiKey.count({ where: { workspaceId: workspace.id } })).toBe(before + 1);
  });

  it("does not find another workspace's keys and service accounts, nor a person as a service account", async () => {
    const { admin, managerToken } = await workspaceWithManager();
    const other = await workspaceWithManager();
    const foreign = (await callApi("POST", "/service-accounts", { token: other.managerToken, body: nagios })).body as Created;

    expect(await callApi("POST", `/api-keys/${foreign.key.id}/revoke`, { token: managerToken })).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    expect((await callApi("GET", "/me", { token: foreign.key.token })).status).toBe(200);
    expect((await callApi("POST", "/api-keys/not-a-key/revoke", { token: managerToken })).status).toBe(404);
    for (const serviceAccountId of [foreign.serviceAccount.id, admin.userId]) {
      expect(await callApi("POST", "/api-keys", { token: managerToken, body: { ...nagios, serviceAccountId } })).toMatchObject({ status: 404 });
    }
    const listed = await callApi("GET", "/api-keys", { token: managerToken });
    expect(JSON.stringify(listed.body)).not.toContain(foreign.key.id);
  });

  it("needs the api_keys:manage scope, which only an admin's key may hold", async () => {
    const { workspace, admin } = await workspaceWithManager();
    const withoutScope = await serviceToken(admin, ["users:read", "audit:read"]);
    expect(await callApi("GET", "/api-keys", { token: withoutScope })).toMatchObject({ status: 403, body: { details: { requiredScope: "api_keys:manage" } } });
    expect((await callApi("GET", "/api-keys", { token: await personalToken(admin, ["api_keys:manage"]) })).status).toBe(200);
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    await expect(personalToken(manager, ["api_keys:manage"])).rejects.toMatchObject({ fieldErrors: { scopes: [expect.stringContaining("api_keys:manage")] } });
    // A service account with this scope is made an admin, so its key keeps it.
    const created = await callApi("POST", "/service-accounts", { token: withoutScope, body: nagios });
    expect(created.status).toBe(403);
  });
});
