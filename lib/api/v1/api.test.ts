import { describe, expect, it } from "vitest";
import { revokeApiKey } from "@/lib/api-keys/mutations";
import { db } from "@/lib/test/db";
import { changeMemberRole } from "@/lib/members/change-role";
import { createTestCategory, createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { enableTwoFactorFor } from "@/lib/two-factor/test-factories";
import { callApi, personalToken, serviceToken } from "./test-client";

async function desk() {
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId });
  const { actor: client } = await createUser({ workspaceId });
  const category = await createTestCategory({ workspaceId, name: "Network" });
  const staffToken = await serviceToken(admin, ["tickets:read", "tickets:write", "categories:read"]);
  return { workspaceId, admin, agent, client, category, staffToken };
}

const incident = { title: "Disk full on db-01", description: "Monitoring says 98 %.", kind: "INCIDENT", priority: "HIGH" };

describe("API authentication", () => {
  it("refuses a missing, malformed, unknown, revoked or expired key alike", async () => {
    const { admin, staffToken } = await desk();
    const expect401 = async (token: string | null) => {
      const result = await callApi("GET", "/me", { token });
      expect(result.status).toBe(401);
      expect(result.body).toMatchObject({ code: "UNAUTHENTICATED", traceId: expect.any(String) });
      expect(result.headers.get("www-authenticate")).toMatch(/^Bearer/);
      // No valid key, nothing to count against: no rate-limit headers (the README says so).
      expect(result.headers.get("x-ratelimit-limit")).toBeNull();
    };
    await expect401(null);
    await expect401("not-a-key");
    await expect401(`trg_AAAAAAAA_${"A".repeat(43)}`);
    expect((await callApi("GET", "/me", { token: staffToken })).status).toBe(200);
    const key = await db.apiKey.findFirstOrThrow({ where: { workspaceId: admin.workspaceId } });
    await db.apiKey.update({ where: { id: key.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect401(staffToken);
    await db.apiKey.update({ where: { id: key.id }, data: { expiresAt: null } });
    await revokeApiKey(admin, { id: key.id });
    await expect401(staffToken);
  });

  it("accepts the key as X-API-Key too, and refuses two different keys at once", async () => {
    const { admin, staffToken } = await desk();
    const other = await serviceToken(admin, ["tickets:read"], "Other");
    expect(await callApi("GET", "/me", { headers: { "x-api-key": staffToken } })).toMatchObject({ status: 200, body: { key: { scopes: ["tickets:read", "tickets:write", "categories:read"] } } });
    expect((await callApi("GET", "/me", { token: staffToken, headers: { "x-api-key": staffToken } })).status).toBe(200);
    const conflicting = await callApi("GET", "/me", { token: staffToken, headers: { "x-api-key": other } });
    expect(conflicting).toMatchObject({ status: 401, body: { code: "UNAUTHENTICATED", message: expect.stringMatching(/different keys/) } });
    expect((await callApi("GET", "/me", { headers: { "x-api-key": `trg_AAAAAAAA_${"A".repeat(43)}` } })).status).toBe(401);
    // A key that was revoked is refused in either header.
    const { id } = await db.apiKey.findFirstOrThrow({ where: { name: "Other" } });
    await revokeApiKey(admin, { id });
    expect((await callApi("GET", "/me", { headers: { "x-api-key": other } })).status).toBe(401);
  });

  it("never reads a session cookie", async () => {
    const result = await callApi("GET", "/me", { headers: { cookie: "authjs.session-token=anything" } });
    expect(result.status).toBe(401);
  });

  it("says who the key acts as, and notes when and from where it was used", async () => {
    const { admin } = await desk();
    const token = await serviceToken(admin, ["tickets:read"], "Nagios");
    const result = await callApi("GET", "/me", { token, headers: { "x-forwarded-for": "203.0.113.9, 10.0.0.1" } });
    expect(result.body).toMatchObject({ user: { name: "Nagios" }, role: "AGENT", key: { scopes: ["tickets:read"] } });
    const key = await db.apiKey.findFirstOrThrow({ where: { name: "Nagios" } });
    expect(key.lastUsedAt).toBeInstanceOf(Date);
    expect(key.lastUsedIp).not.toBeNull();
  });

  it("answers 403 for a scope the key lacks, and a personal token never exceeds its owner's role", async () => {
    const { admin, agent } = await desk();
    const readOnly = await serviceToken(admin, ["tickets:read"]);
    const refused = await callApi("POST", "/tickets", { token: readOnly, body: incident });
    expect(refused).toMatchObject({ status: 403, body: { code: "FORBIDDEN", details: { requiredScope: "tickets:write" } } });
    expect(refused.headers.get("x-ratelimit-limit")).toBe("600");

    const adminToken = await personalToken(admin, ["users:read", "tickets:read"]);
    expect((await callApi("GET", "/users", { token: adminToken })).status).toBe(200);
    // Lowering the role revokes the owner's personal tokens at once.
    await changeMemberRole((await createUser({ role: "ADMIN", workspaceId: admin.workspaceId })).actor, { userId: admin.userId, role: "AGENT" });
    expect((await callApi("GET", "/users", { token: adminToken })).status).toBe(401);
    expect((await callApi("GET", "/me", { token: await personalToken(agent, ["tickets:read"]) })).status).toBe(200);
  });

  it("refuses a staff member's personal token until they enrol in two-factor the workspace requires, but not a service key", async () => {
    const { workspaceId, agent, client, staffToken } = await desk();
    const agentToken = await personalToken(agent, ["tickets:read", "tickets:write"]);
    const clientToken = await personalToken(client, ["tickets:read"]);
    await db.workspace.update({ where: { id: workspaceId }, data: { requireStaffTwoFactor: true } });

    for (const [method, path, body] of [["GET", "/tickets"], ["POST", "/tickets", incident], ["GET", "/me"]] as const) {
      const refused = await callApi(method, path, { token: agentToken, body });
      expect(refused, `${method} ${path}`).toMatchObject({ status: 403, body: { code: "TWO_FACTOR_ENROLMENT_REQUIRED" } });
    }
    expect((await callApi("GET", "/tickets", { token: clientToken })).status).toBe(200);
    expect((await callApi("GET", "/tickets", { token: staffToken })).status).toBe(200);
    await enableTwoFactorFor(agent.userId);
    expect((await callApi("GET", "/tickets", { token: agentToken })).status).toBe(200);
  });
});

describe("API tickets", () => {
  it("files a ticket once per Idempotency-Key, reads it back and lists it", async () => {
    const { staffToken, category } = await desk();
    const body = { ...incident, categoryId: category.id };
    const first = await callApi("POST", "/tickets", { token: staffToken, body, headers: { "idempotency-key": "alert-7781" } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ title: incident.title, status: "NEW", priority: "HIGH", category: { name: "Network" }, version: 1 });
    const number = (first.body as { number: number }).number;
    expect(first.headers.get("location")).toBe(`/api/v1/tickets/${number}`);
    expect(first.headers.get("etag")).toBe('"1"');

    const retry = await callApi("POST", "/tickets", { token: staffToken, body, headers: { "idempotency-key": "alert-7781" } });
    expect(retry).toMatchObject({ status: 201, body: { number } });
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    const other = await callApi("POST", "/tickets", { token: staffToken, body, headers: { "idempotency-key": "alert-7782" } });
    expect((other.body as { number: number }).number).toBe(number + 1);

    expect(await callApi("GET", `/tickets/${number}`, { token: staffToken })).toMatchObject({ status: 200, body: { number, description: incident.description } });
    // Two pages of one: the two tickets, each once (their order depends on the same-millisecond tie).
    const list = await callApi("GET", "/tickets?q=disk&limit=1", { token: staffToken });
    expect(list).toMatchObject({ status: 200, body: { data: [{ title: incident.title }], nextCursor: expect.any(String) } });
    const cursor = encodeURIComponent((list.body as { nextCursor: string }).nextCursor);
    const next = await callApi("GET", `/tickets?q=disk&limit=1&cursor=${cursor}`, { token: staffToken });
    const numbers = [list, next].flatMap((page) => (page.body as { data: { number: number }[] }).data.map((item) => item.number));
    expect(numbers.sort()).toEqual([number, number + 1]);
  });

  it("refuses an Idempotency-Key reused with a different body, and replays it with the same body in any key order", async () => {
    const { staffToken } = await desk();
    const keyed = (body: unknown) => callApi("POST", "/tickets", { token: staffToken, body, headers: { "idempotency-key": "alert-42" } });
    const first = await keyed(incident);
    expect(first.status).toBe(201);
    const reused = await keyed({ ...incident, title: "Disk full on db-02" });
    expect(reused).toMatchObject({ status: 422, body: { code: "IDEMPOTENCY_KEY_REUSED" } });
    expect(await db.ticket.count({ where: { title: "Disk full on db-02" } })).toBe(0);
    const reordered = Object.fromEntries(Object.entries(incident).reverse());
    expect(await keyed(reordered)).toMatchObject({ status: 201, body: { number: (first.body as { number: number }).number } });

    const { number } = first.body as { number: number };
    const reply = (body: string) =>
      callApi("POST", `/tickets/${number}/comments`, { token: staffToken, body: { body }, headers: { "idempotency-key": "note-1" } });
    expect((await reply("Rotating the logs.")).status).toBe(201);
    expect(await reply("Replacing the disk.")).toMatchObject({ status: 422, body: { code: "IDEMPOTENCY_KEY_REUSED" } });
    expect(await db.comment.count({ where: { body: "Replacing the disk." } })).toBe(0);
  });

  it("changes several fields at once under If-Match, and refuses a stale or missing version", async () => {
    const { staffToken, agent } = await desk();
    const { number } = (await callApi("POST", "/tickets", { token: staffToken, body: incident })).body as { number: number };
    const patch = (headers: Record<string, string>, body: unknown = { status: "IN_PROGRESS", assigneeId: agent.userId }) =>
      callApi("PATCH", `/tickets/${number}`, { token: staffToken, body, headers });

    expect(await patch({})).toMatchObject({ status: 428, body: { code: "PRECONDITION_REQUIRED" } });
    expect(await patch({ "if-match": "soon" })).toMatchObject({ status: 400, body: { code: "BAD_REQUEST" } });
    const changed = await patch({ "if-match": '"1"' });
    expect(changed).toMatchObject({ status: 200, body: { status: "IN_PROGRESS", assignee: { id: agent.userId }, version: 3 } });
    expect(changed.headers.get("etag")).toBe('"3"');
    expect(await patch({ "if-match": '"1"' }, { priority: "LOW" })).toMatchObject({ status: 409, body: { code: "CONFLICT" } });
    // A refused move writes nothing, not even the valid field beside it.
    const refused = await patch({ "if-match": '"3"' }, { priority: "LOW", status: "NEW" });
    expect(refused).toMatchObject({ status: 422, body: { code: "VALIDATION_FAILED", details: { fieldErrors: { status: [expect.any(String)] } } } });
    expect((await callApi("GET", `/tickets/${number}`, { token: staffToken })).body).toMatchObject({ priority: "HIGH", version: 3 });
  });

  it("explains bad input and loses nothing", async () => {
    const { staffToken } = await desk();
    expect(await callApi("POST", "/tickets", { token: staffToken, rawBody: "{not json", headers: { "content-type": "application/json" } }))
      .toMatchObject({ status: 400, body: { code: "BAD_REQUEST" } });
    expect(await callApi("POST", "/tickets", { token: staffToken, rawBody: "title=x", headers: { "content-type": "text/plain" } }))
      .toMatchObject({ status: 400 });
    const invalid = await callApi("POST", "/tickets", { token: staffToken, body: { title: "x", kind: "OUTAGE", description: 7 } });
    expect(invalid).toMatchObject({ status: 422, body: { code: "VALIDATION_FAILED" } });
    expect(Object.keys((invalid.body as { details: { fieldErrors: object } }).details.fieldErrors).sort()).toEqual(["description", "kind", "title"]);
    expect(await callApi("PATCH", "/tickets/999", { token: staffToken, body: { priority: "LOW" }, headers: { "if-match": '"1"' } }))
      .toMatchObject({ status: 404 });
    expect(await db.ticket.count({ where: { title: "x" } })).toBe(0);
  });

  it("keeps other workspaces' tickets and other clients' tickets out of sight", async () => {
    const { staffToken, workspaceId, client } = await desk();
    const stranger = await desk();
    const foreign = await createTicket({ workspaceId: stranger.workspaceId, requesterId: stranger.client.userId });
    expect(await callApi("GET", `/tickets/${foreign.number}`, { token: staffToken })).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });

    const { userId: otherClient } = (await createUser({ workspaceId })).actor;
    const theirs = await createTicket({ workspaceId, requesterId: otherClient });
    const clientToken = await personalToken(client, ["tickets:read", "tickets:write"]);
    expect((await callApi("GET", `/tickets/${theirs.number}`, { token: clientToken })).status).toBe(404);
    const own = await callApi("POST", "/tickets", { token: clientToken, body: { ...incident, priority: undefined } });
    expect(own.status).toBe(201);
    const list = await callApi("GET", "/tickets", { token: clientToken });
    expect((list.body as { data: { number: number }[] }).data.map((t) => t.number)).toEqual([(own.body as { number: number }).number]);
    // Clients cannot change fields, only staff.
    expect(await callApi("PATCH", `/tickets/${(own.body as { number: number }).number}`, { token: clientToken, body: { priority: "LOW" }, headers: { "if-match": '"1"' } }))
      .toMatchObject({ status: 403, body: { code: "FORBIDDEN" } });
  });
});

describe("API comments", () => {
  it("posts replies and internal notes; clients never see the notes", async () => {
    const { staffToken, client } = await desk();
    const clientToken = await personalToken(client, ["tickets:read", "tickets:write"]);
    const { number } = (await callApi("POST", "/tickets", { token: clientToken, body: { ...incident, priority: undefined } })).body as { number: number };
    const reply = await callApi("POST", `/tickets/${number}/comments`, { token: staffToken, body: { body: "Looking into it." }, headers: { "idempotency-key": "r1" } });
    expect(reply).toMatchObject({ status: 201, body: { body: "Looking into it.", isInternal: false, author: { isStaff: true } } });
    const again = await callApi("POST", `/tickets/${number}/comments`, { token: staffToken, body: { body: "Looking into it." }, headers: { "idempotency-key": "r1" } });
    expect((again.body as { id: string }).id).toBe((reply.body as { id: string }).id);
    await callApi("POST", `/tickets/${number}/comments`, { token: staffToken, body: { body: "Probably the log rotation.", isInternal: true } });
    const refused = await callApi("POST", `/tickets/${number}/comments`, { token: clientToken, body: { body: "psst", isInternal: true } });
    expect(refused.status).toBe(403);

    const staffView = await callApi("GET", `/tickets/${number}/comments`, { token: staffToken });
    expect((staffView.body as { data: unknown[] }).data).toHaveLength(2);
    const clientView = await callApi("GET", `/tickets/${number}/comments`, { token: clientToken });
    expect(clientView.body).toMatchObject({ data: [{ body: "Looking into it." }], hasEarlier: false });
  });
});

describe("API directory, audit log and usage", () => {
  it("lists categories, and lets only admin keys list and invite members", async () => {
    const { admin, staffToken } = await desk();
    expect((await callApi("GET", "/categories", { token: staffToken })).body).toMatchObject({ data: [{ name: "Network" }] });
    const adminToken = await serviceToken(admin, ["users:read", "users:write", "audit:read"], "Directory sync");
    const invited = await callApi("POST", "/users", { token: adminToken, body: { name: "Ines Ops", email: "ines.ops@example.com", role: "AGENT" } });
    expect(invited).toMatchObject({ status: 201, body: { email: "ines.ops@example.com", role: "AGENT", expiresAt: expect.any(String) } });
    expect(JSON.stringify(invited.body)).not.toMatch(/password|token/i);
    // Invited people are members once they accept; a member's email is a conflict on its field.
    expect((await callApi("GET", "/users?q=ines", { token: adminToken })).body).toMatchObject({ data: [], nextCursor: null });
    const memberEmail = admin.email;
    expect(await callApi("POST", "/users", { token: adminToken, body: { name: "Admin", email: memberEmail, role: "AGENT" } }))
      .toMatchObject({ status: 409, body: { code: "CONFLICT", details: { fieldErrors: { email: [expect.any(String)] } } } });
    const listed = await callApi("GET", "/users", { token: adminToken });
    expect(listed.body).toMatchObject({ data: expect.arrayContaining([expect.objectContaining({ email: memberEmail, status: "active" })]) });
    // Service accounts are not people.
    expect(JSON.stringify((await callApi("GET", "/users", { token: adminToken })).body)).not.toMatch(/service\.invalid/);
    const audit = await callApi("GET", "/audit-logs?action=api_key.", { token: adminToken });
    expect((audit.body as { data: { action: string }[] }).data.map((entry) => entry.action)).toEqual(["api_key.created", "api_key.created"]);
    expect((await callApi("GET", "/users", { token: staffToken })).status).toBe(403);
  });

  it("rate-limits each key per minute and reports the day's usage", async () => {
    const { admin, workspaceId } = await desk();
    await db.workspace.update({ where: { id: workspaceId }, data: { apiRequestsPerMinute: 3, apiDailyWriteQuota: 1 } });
    const token = await serviceToken(admin, ["tickets:read", "tickets:write"]);
    const first = await callApi("GET", "/usage", { token });
    expect(first.body).toMatchObject({ reads: 1, writes: 0, dailyWriteQuota: 1, writesRemaining: 1, requestsPerMinute: 3 });
    expect(first.headers.get("x-ratelimit-limit")).toBe("3");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("2");
    expect((await callApi("POST", "/tickets", { token, body: incident })).status).toBe(201);
    const overQuota = await callApi("POST", "/tickets", { token, body: incident });
    expect(overQuota).toMatchObject({ status: 429, body: { code: "QUOTA_EXCEEDED" } });
    expect(Number(overQuota.headers.get("retry-after"))).toBeGreaterThan(0);
    const overRate = await callApi("GET", "/usage", { token });
    expect(overRate).toMatchObject({ status: 429, body: { code: "RATE_LIMITED" } });
    expect(overRate.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(overRate.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.apiUsage.findFirstOrThrow({ where: { workspaceId } })).toMatchObject({ reads: 1, writes: 1 });
  });

  it("counts only the writes that happened toward the daily quota", async () => {
    const { admin, workspaceId } = await desk();
    await db.workspace.update({ where: { id: workspaceId }, data: { apiDailyWriteQuota: 2 } });
    const token = await serviceToken(admin, ["tickets:read", "tickets:write"]);
    const keyed = { "idempotency-key": "quota-1" };
    expect((await callApi("POST", "/tickets", { token, body: { title: "x" } })).status).toBe(422);
    expect((await callApi("POST", "/tickets", { token, body: incident, headers: keyed })).status).toBe(201);
    const replay = await callApi("POST", "/tickets", { token, body: incident, headers: keyed });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect((await callApi("POST", "/tickets/999999/comments", { token, body: { body: "Anyone?" } })).status).toBe(404);
    expect((await callApi("PATCH", "/tickets/999999", { token, body: { priority: "LOW" } })).status).toBe(428);
    expect((await callApi("GET", "/usage", { token })).body).toMatchObject({ writes: 1, writesRemaining: 1 });
    expect((await callApi("POST", "/tickets", { token, body: incident })).status).toBe(201);
    expect(await callApi("POST", "/tickets", { token, body: incident })).toMatchObject({ status: 429, body: { code: "QUOTA_EXCEEDED" } });
    expect(await db.apiUsage.findFirstOrThrow({ where: { workspaceId } })).toMatchObject({ writes: 2 });
  });
});
