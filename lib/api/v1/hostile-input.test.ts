import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { Role, TicketKind, TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";
import { createTestCategory, createUser, createWorkspace, TEST_PASSWORD } from "@/lib/test/factories";
import { hugeText } from "@/lib/test/hostile-values";
import { hasInvisibleCharacters } from "@/lib/validation/text";
import { createdApiKeySchema, createdServiceAccountSchema } from "./key-schemas";
import { NUM_RUNS, eitherOf, expectAnswerable, headerValue, idempotencyKey, numberPath, payloadFor, plausibleText, send } from "./hostile-requests";
import { commentSchema, invitationSchema, ticketSchema } from "./schemas";
import { createdTokenSchema } from "./token-schemas";
import { callApi, personalToken, serviceToken } from "./test-client";

// Random and hostile payloads against every write endpoint: whatever arrives, the answer is a
// status from the contract in the one error shape, and nothing malformed reaches the database.

/** Every ticket, reply and member of the workspace as only valid input could have made them. */
async function expectNothingMalformedStored(workspaceId: string) {
  const tickets = await db.ticket.findMany({ where: { workspaceId }, select: { title: true, description: true } });
  for (const { title, description } of tickets) {
    expect(title).not.toContain("\u0000");
    expect(hasInvisibleCharacters(title), JSON.stringify(title)).toBe(false);
    expect(title.trim().length).toBeGreaterThanOrEqual(3);
    expect(title.trim().length).toBeLessThanOrEqual(200);
    expect(description).not.toContain("\u0000");
    expect(description.trim()).not.toBe("");
  }
  const comments = await db.comment.findMany({ where: { workspaceId }, select: { body: true } });
  for (const { body } of comments) expect(body.trim() !== "" && !body.includes("\u0000")).toBe(true);
  const members = await db.user.findMany({ where: { memberships: { some: { workspaceId } } }, select: { name: true } });
  for (const { name } of members) expect(hasInvisibleCharacters(name), JSON.stringify(name)).toBe(false);
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(PROTOTYPE_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

async function hostileDesk() {
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  await db.workspace.update({ where: { id: workspaceId }, data: { apiRequestsPerMinute: 1_000_000, apiDailyWriteQuota: 1_000_000 } });
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId });
  const { actor: client } = await createUser({ workspaceId });
  const category = await createTestCategory({ workspaceId });
  const staffToken = await serviceToken(admin, ["tickets:read", "tickets:write"]);
  const clientToken = await personalToken(client, ["tickets:read", "tickets:write"]);
  const adminToken = await serviceToken(admin, ["users:read", "users:write"], "Directory sync");
  const filed = await callApi("POST", "/tickets", { token: clientToken, body: { title: "Printer on fire", description: "Smoke.", kind: "INCIDENT" } });
  const ticketNumber = (filed.body as { number: number }).number;
  return { workspaceId, agent, client, category, staffToken, clientToken, adminToken, ticketNumber };
}

const ticketFields = (categoryId: string) => ({
  title: eitherOf(plausibleText),
  description: eitherOf(fc.oneof(plausibleText, hugeText)),
  kind: eitherOf(fc.constantFrom(...Object.values(TicketKind))),
  priority: eitherOf(fc.constantFrom(...Object.values(TicketPriority))),
  categoryId: eitherOf(fc.oneof({ weight: 3, arbitrary: fc.constant(categoryId) }, fc.constantFrom(randomUUID(), "00000000-0000-0000-0000-000000000000"))),
});
describe("API write endpoints under hostile input", () => {
  it("files a ticket only for valid input, and answers everything else in the error shape", async () => {
    const desk = await hostileDesk();
    const before = await db.ticket.count({ where: { workspaceId: desk.workspaceId } });
    const filed = new Set<number>();
    let fresh = 0;
    await fc.assert(
      fc.asyncProperty(payloadFor(ticketFields(desk.category.id)), idempotencyKey, fc.constantFrom(desk.staffToken, desk.clientToken), async (payload, key, token) => {
        const result = await send("POST", "/tickets", token, payload, { "idempotency-key": key });
        expectAnswerable(result, ticketSchema);
        if (result.status !== 201) return;
        filed.add((result.body as { number: number }).number);
        if (result.headers.get("idempotent-replayed") !== "true") fresh++;
      }),
      { seed: 20_260_101, numRuns: NUM_RUNS },
    );
    expect(fresh).toBeGreaterThan(0);
    expect(fresh).toBe(filed.size);
    expect(await db.ticket.count({ where: { workspaceId: desk.workspaceId } })).toBe(before + fresh);
    await expectNothingMalformedStored(desk.workspaceId);
  }, 60_000);

  it("changes a ticket only for valid fields under If-Match, and writes nothing else", async () => {
    const desk = await hostileDesk();
    const before = await db.ticket.count({ where: { workspaceId: desk.workspaceId } });
    const fields = {
      status: eitherOf(fc.constantFrom(...Object.values(TicketStatus))),
      priority: eitherOf(fc.constantFrom(...Object.values(TicketPriority))),
      categoryId: eitherOf(fc.constantFrom(desk.category.id, null, randomUUID())),
      assigneeId: eitherOf(fc.constantFrom(desk.agent.userId, desk.client.userId, null, randomUUID())),
    };
    const ifMatch = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, headerValue);
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(payloadFor(fields), ifMatch, numberPath(desk.ticketNumber), async (payload, hostileIfMatch, number) => {
        const current = await callApi("GET", `/tickets/${desk.ticketNumber}`, { token: desk.staffToken });
        const result = await send("PATCH", `/tickets/${number}`, desk.staffToken, payload, { "if-match": hostileIfMatch ?? current.headers.get("etag")! });
        expectAnswerable(result, ticketSchema);
        if (result.status === 200) changed++;
      }),
      { seed: 20_260_102, numRuns: NUM_RUNS },
    );
    expect(changed).toBeGreaterThan(0);
    expect(await db.ticket.count({ where: { workspaceId: desk.workspaceId } })).toBe(before);
    await expectNothingMalformedStored(desk.workspaceId);
  }, 60_000);

  it("posts a reply only for a valid body, and answers everything else in the error shape", async () => {
    const desk = await hostileDesk();
    const fields = { body: eitherOf(fc.oneof(plausibleText, hugeText)), isInternal: eitherOf(fc.boolean()) };
    let fresh = 0;
    await fc.assert(
      fc.asyncProperty(payloadFor(fields), idempotencyKey, fc.constantFrom(desk.staffToken, desk.clientToken), numberPath(desk.ticketNumber),
        async (payload, key, token, number) => {
          const result = await send("POST", `/tickets/${number}/comments`, token, payload, { "idempotency-key": key });
          expectAnswerable(result, commentSchema);
          if (result.status === 201 && result.headers.get("idempotent-replayed") !== "true") fresh++;
        }),
      { seed: 20_260_103, numRuns: NUM_RUNS },
    );
    expect(fresh).toBeGreaterThan(0);
    expect(await db.comment.count({ where: { workspaceId: desk.workspaceId } })).toBe(fresh);
    await expectNothingMalformedStored(desk.workspaceId);
  }, 60_000);

  it("invites a member only for valid input, and stores nothing otherwise", async () => {
    const desk = await hostileDesk();
    const before = await db.invitation.count({ where: { workspaceId: desk.workspaceId } });
    const fields = {
      name: eitherOf(plausibleText),
      email: eitherOf(fc.oneof(fc.uuid().map((id) => `${id.slice(0, 8)}@example.com`), fc.emailAddress(), plausibleText.map((text) => `${text}@example.com`))),
      role: eitherOf(fc.constantFrom(...Object.values(Role))),
    };
    let invited = 0;
    await fc.assert(
      fc.asyncProperty(payloadFor(fields), async (payload) => {
        const result = await send("POST", "/users", desk.adminToken, payload);
        expectAnswerable(result, invitationSchema);
        if (result.status === 201) invited++;
      }),
      { seed: 20_260_104, numRuns: NUM_RUNS },
    );
    expect(invited).toBeGreaterThan(0);
    expect(await db.invitation.count({ where: { workspaceId: desk.workspaceId } })).toBe(before + invited);
    await expectNothingMalformedStored(desk.workspaceId);
  }, 60_000);
  it("creates service accounts and keys only for valid input, and answers everything else in the error shape", async () => {
    const desk = await hostileDesk();
    const manager = await serviceToken((await createUser({ role: "ADMIN", workspaceId: desk.workspaceId })).actor, ["api_keys:manage"], "Keys");
    const keyFields = {
      name: eitherOf(plausibleText),
      scopes: eitherOf(fc.constantFrom(["tickets:read"], ["audit:read", "tickets:write"], "tickets:read", [])),
      expiresInDays: eitherOf(fc.constantFrom("7", "never", 7)),
    };
    const account = (await send("POST", "/service-accounts", manager, { body: { name: "Target", scopes: ["tickets:read"], expiresInDays: "7" } })).body as { serviceAccount: { id: string } };
    const serviceAccountId = eitherOf(fc.constantFrom(account.serviceAccount.id, desk.agent.userId, randomUUID()));
    await fc.assert(
      fc.asyncProperty(payloadFor(keyFields), payloadFor({ ...keyFields, serviceAccountId }), async (forAccount, forKey) => {
        expectAnswerable(await send("POST", "/service-accounts", manager, forAccount), createdServiceAccountSchema);
        expectAnswerable(await send("POST", "/api-keys", manager, forKey), createdApiKeySchema);
      }),
      { seed: 20_260_105, numRuns: NUM_RUNS / 2 },
    );
    await expectNothingMalformedStored(desk.workspaceId);
  }, 60_000);

  it("exchanges only a valid sign-in for a token, and answers everything else in the error shape", async () => {
    const desk = await hostileDesk();
    const { user } = await createUser({ role: "AGENT", workspaceId: desk.workspaceId });
    const fields = {
      email: eitherOf(fc.constantFrom(user.email, "nobody@example.com")),
      password: eitherOf(fc.constantFrom(TEST_PASSWORD, "wrong")),
      code: eitherOf(fc.constantFrom("123456", "ab12c-de34f")),
      scopes: eitherOf(fc.constantFrom(["tickets:read"], ["audit:read"])),
      workspace: eitherOf(plausibleText),
    };
    await fc.assert(
      fc.asyncProperty(payloadFor(fields), async (payload) => {
        const result = await callApi("POST", "/auth/token", { ...payload, headers: { "content-type": "application/json" } });
        expectAnswerable(result, createdTokenSchema, [201, 400, 401, 403, 404, 422, 429]);
        expect(result.headers.get("set-cookie")).toBeNull();
      }),
      { seed: 20_260_106, numRuns: NUM_RUNS / 2 },
    );
  }, 60_000);
});
