import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { createPersonalToken, createServiceKey, revokeApiKey } from "./mutations";
import { listServiceKeys } from "./queries";
import type { CreateApiKeyInput } from "./schemas";
import { hashApiToken } from "./tokens";

const keyInput = (overrides: Partial<CreateApiKeyInput> = {}): CreateApiKeyInput => ({
  name: "Billing sync",
  scopes: ["tickets:read"],
  expiresInDays: "90",
  ...overrides,
});

async function workspaceWith() {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  return { workspace, admin, agent };
}

const auditEntries = (keyId: string) =>
  db.auditLog.findMany({ where: { targetType: "api_key", targetId: keyId }, orderBy: { createdAt: "asc" } });

describe("creating a service key", () => {
  it("creates a service account that cannot sign in, wants no email and is an agent", async () => {
    const { workspace, admin } = await workspaceWith();
    const { id } = await createServiceKey(admin, keyInput());

    const key = await db.apiKey.findUniqueOrThrow({
      where: { id },
      select: { kind: true, user: { select: { name: true, isServiceAccount: true, passwordHash: true, memberships: true } } },
    });
    expect(key.kind).toBe("SERVICE");
    expect(key.user).toMatchObject({ name: "Billing sync", isServiceAccount: true, passwordHash: null });
    expect(key.user.memberships).toMatchObject([
      { workspaceId: workspace.id, role: "AGENT", notifyOwnTicketUpdates: false, notifyAssignments: false, notifyNewTickets: false },
    ]);
  });

  it("makes the service account an admin when the key has an admin scope", async () => {
    const { admin } = await workspaceWith();
    const { id } = await createServiceKey(admin, keyInput({ scopes: ["tickets:read", "audit:read"] }));

    const { userId } = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(await db.membership.findFirstOrThrow({ where: { userId } })).toMatchObject({ role: "ADMIN" });
  });

  it("stores only the token's hash, and the token nowhere", async () => {
    const { admin } = await workspaceWith();
    const { id, token, prefix } = await createServiceKey(admin, keyInput());

    const row = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(row.secretHash).toBe(hashApiToken(token));
    expect(row.prefix).toBe(prefix);
    expect(token.startsWith(prefix)).toBe(true);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(await auditEntries(id))).not.toContain(token);
  });

  it("sets the expiry from the chosen number of days, or none", async () => {
    const { admin } = await workspaceWith();
    const now = new Date("2026-03-01T12:00:00Z");
    const week = await createServiceKey(admin, keyInput({ expiresInDays: "7" }), undefined, now);
    const forever = await createServiceKey(admin, keyInput({ expiresInDays: "never" }), undefined, now);

    expect((await db.apiKey.findUniqueOrThrow({ where: { id: week.id } })).expiresAt).toEqual(new Date("2026-03-08T12:00:00Z"));
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: forever.id } })).expiresAt).toBeNull();
  });

  it("records an api_key.created entry with the request's address", async () => {
    const { workspace, admin } = await workspaceWith();
    const { id, prefix } = await createServiceKey(admin, keyInput(), { ip: "203.0.113.7", userAgent: "test" });

    expect(await auditEntries(id)).toMatchObject([
      {
        action: "api_key.created",
        actorId: admin.userId,
        workspaceId: workspace.id,
        ip: "203.0.113.7",
        metadata: { kind: "SERVICE", name: "Billing sync", prefix, scopes: ["tickets:read"] },
      },
    ]);
  });

  it.each(["AGENT", "MANAGER", "CLIENT"] as const)("is not found for a %s, who gets no account either", async (role) => {
    const { workspace } = await workspaceWith();
    const { actor } = await createUser({ role, workspaceId: workspace.id });
    const users = await db.user.count();

    await expect(createServiceKey(actor, keyInput())).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.user.count()).toBe(users);
    expect(await db.apiKey.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});

describe("creating a personal token", () => {
  it("acts as its creator, with the scopes their role allows", async () => {
    const { agent } = await workspaceWith();
    const { id, token } = await createPersonalToken(agent, keyInput({ scopes: ["tickets:read", "tickets:write"] }));

    expect(await db.apiKey.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "PERSONAL",
      userId: agent.userId,
      createdById: agent.userId,
      scopes: ["tickets:read", "tickets:write"],
      secretHash: hashApiToken(token),
    });
    expect(await auditEntries(id)).toMatchObject([{ action: "api_key.created", metadata: { kind: "PERSONAL" } }]);
  });

  it("refuses a scope beyond the creator's role, as a field error on scopes", async () => {
    const { workspace, agent } = await workspaceWith();
    const attempt = createPersonalToken(agent, keyInput({ scopes: ["tickets:read", "audit:read"] }));

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { scopes: [expect.stringContaining("audit:read")] } });
    expect(await db.apiKey.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("gives an admin any scope", async () => {
    const { admin } = await workspaceWith();
    await expect(createPersonalToken(admin, keyInput({ scopes: ["audit:read", "users:write"] }))).resolves.toMatchObject({
      prefix: expect.stringMatching(/^trg_/),
    });
  });
});

describe("revoking a key", () => {
  it("lets an admin revoke any key of the workspace, service or personal, with an api_key.revoked entry", async () => {
    const { admin, agent } = await workspaceWith();
    const service = await createServiceKey(admin, keyInput());
    const personal = await createPersonalToken(agent, keyInput({ name: "Agent script" }));

    await expect(revokeApiKey(admin, { id: service.id })).resolves.toEqual({ revoked: true });
    await expect(revokeApiKey(admin, { id: personal.id })).resolves.toEqual({ revoked: true });

    const rows = await db.apiKey.findMany({ where: { id: { in: [service.id, personal.id] } } });
    expect(rows.every((row) => row.revokedAt instanceof Date)).toBe(true);
    expect(await auditEntries(personal.id)).toMatchObject([
      { action: "api_key.created" },
      { action: "api_key.revoked", actorId: admin.userId, metadata: { kind: "PERSONAL", name: "Agent script", prefix: personal.prefix } },
    ]);
  });

  it("lets a member revoke their own token", async () => {
    const { agent } = await workspaceWith();
    const { id } = await createPersonalToken(agent, keyInput());

    await expect(revokeApiKey(agent, { id })).resolves.toEqual({ revoked: true });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeInstanceOf(Date);
  });

  it("does not find another member's token, nor a service key, for a non-admin", async () => {
    const { workspace, admin, agent } = await workspaceWith();
    const { actor: colleague } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const theirs = await createPersonalToken(colleague, keyInput());
    const service = await createServiceKey(admin, keyInput());

    await expect(revokeApiKey(agent, { id: theirs.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeApiKey(agent, { id: service.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.apiKey.count({ where: { id: { in: [theirs.id, service.id] }, revokedAt: { not: null } } })).toBe(0);
  });

  it("does not find a key of another workspace, even for an admin", async () => {
    const { admin } = await workspaceWith();
    const { admin: otherAdmin } = await workspaceWith();
    const { id } = await createServiceKey(otherAdmin, keyInput());

    await expect(revokeApiKey(admin, { id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it("changes nothing when the key is already revoked", async () => {
    const { admin } = await workspaceWith();
    const { id } = await createServiceKey(admin, keyInput());
    await revokeApiKey(admin, { id });
    const { revokedAt } = await db.apiKey.findUniqueOrThrow({ where: { id } });

    await expect(revokeApiKey(admin, { id })).resolves.toEqual({ revoked: false });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(revokedAt);
    expect((await auditEntries(id)).map(({ action }) => action)).toEqual(["api_key.created", "api_key.revoked"]);
  });
});

describe("listing service keys", () => {
  it("shows an admin the workspace's service keys only, newest first, without secrets", async () => {
    const { admin, agent } = await workspaceWith();
    const { admin: otherAdmin } = await workspaceWith();
    const first = await createServiceKey(admin, keyInput({ name: "First" }));
    const second = await createServiceKey(admin, keyInput({ name: "Second" }));
    // Two inserts can share a millisecond; the order under test must not hang on that.
    await db.apiKey.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await createPersonalToken(agent, keyInput());
    await createServiceKey(otherAdmin, keyInput());

    const keys = await listServiceKeys(admin);
    expect(keys.map(({ id }) => id)).toEqual([second.id, first.id]);
    expect(keys[0]).not.toHaveProperty("secretHash");
    expect(keys[0]).toMatchObject({ name: "Second", createdBy: { name: admin.name } });
  });

  it.each(["AGENT", "MANAGER", "CLIENT"] as const)("is not found for a %s", async (role) => {
    const { workspace } = await workspaceWith();
    const { actor } = await createUser({ role, workspaceId: workspace.id });
    await expect(listServiceKeys(actor)).rejects.toBeInstanceOf(NotFoundError);
  });
});
