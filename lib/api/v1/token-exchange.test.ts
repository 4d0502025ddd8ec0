import { describe, expect, it } from "vitest";
import { SIGN_IN_FAILED_MESSAGE, EMAIL_UNVERIFIED_MESSAGE } from "@/lib/sign-in/errors";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace, TEST_PASSWORD } from "@/lib/test/factories";
import { lockUser, uniqueIp } from "@/lib/test/security-factories";
import { enableTwoFactorFor, wrongCodeFor } from "@/lib/two-factor/test-factories";
import { generateTotpCode } from "@/lib/two-factor/totp";
import { callApi, personalToken } from "./test-client";

const HOUR_MS = 3_600_000;

/** POST /auth/token from its own address, so tests do not share the address's throttle. */
const exchange = (body: Record<string, unknown>, ip = uniqueIp()) => callApi("POST", "/auth/token", { body, headers: { "x-forwarded-for": ip } });

async function agentIn(workspaceName = "Acme IT") {
  const workspace = await createWorkspace({ name: workspaceName });
  const { user, actor } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  return { workspace, user, actor };
}

describe("POST /auth/token", () => {
  it("exchanges email and password for a one-hour personal token in the member's first workspace, logged and audited like a sign-in, with no cookie", async () => {
    const { workspace, user } = await agentIn();
    const before = Date.now();
    const result = await exchange({ email: user.email, password: TEST_PASSWORD, scopes: ["tickets:read"] });
    expect(result).toMatchObject({
      status: 201,
      body: { token: expect.stringMatching(/^trg_/), scopes: ["tickets:read"], role: "AGENT", user: { id: user.id }, workspace: { id: workspace.id, slug: workspace.slug } },
    });
    expect(result.headers.get("set-cookie")).toBeNull();
    const { token, id, expiresAt } = result.body as { token: string; id: string; expiresAt: string };
    expect(new Date(expiresAt).getTime() - before).toBeGreaterThanOrEqual(HOUR_MS - 1000);
    expect(new Date(expiresAt).getTime() - before).toBeLessThanOrEqual(HOUR_MS + 5000);
    expect(await callApi("GET", "/me", { token })).toMatchObject({ status: 200, body: { key: { id, kind: "PERSONAL" }, workspace: { id: workspace.id } } });

    const audit = await db.auditLog.findMany({ where: { workspaceId: workspace.id, actorId: user.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map(({ action }) => action)).toEqual(["user.signed_in", "api_key.created"]);
    expect(audit[1]).toMatchObject({ targetId: id, metadata: { kind: "PERSONAL", scopes: ["tickets:read"] } });
    expect(await db.loginAttempt.findFirst({ where: { userId: user.id }, select: { reason: true } })).toEqual({ reason: "signed_in" });
  });

  it("deletes the member's expired exchange tokens at their next exchange, so a script that signs in often does not bury their tokens", async () => {
    const { user, actor } = await agentIn();
    const body = { email: user.email, password: TEST_PASSWORD, scopes: ["tickets:read"] };
    const first = (await exchange(body)).body as { id: string };
    const live = (await exchange(body)).body as { id: string };
    await personalToken(actor, ["tickets:read"]);
    const hourAgo = new Date(Date.now() - HOUR_MS - 1000);
    await db.apiKey.update({ where: { id: first.id }, data: { createdAt: new Date(hourAgo.getTime() - HOUR_MS), expiresAt: hourAgo } });
    // A token from account settings that expired is the owner's to see; it stays.
    const settingsToken = await db.apiKey.findFirstOrThrow({ where: { userId: user.id, name: "Script" } });
    await db.apiKey.update({ where: { id: settingsToken.id }, data: { createdAt: new Date(hourAgo.getTime() - 7 * 24 * HOUR_MS), expiresAt: hourAgo } });

    expect((await exchange(body)).status).toBe(201);
    const remaining = await db.apiKey.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(remaining.map(({ id }) => id)).toEqual(expect.arrayContaining([live.id, settingsToken.id]));
    expect(remaining.map(({ id }) => id)).not.toContain(first.id);
    expect(remaining).toHaveLength(3);
  });

  it("answers wrong credentials, an unknown email and a disabled account with the form's one generic 401", async () => {
    const { user } = await agentIn();
    const { user: disabled } = await createUser({ disabled: true });
    for (const body of [
      { email: user.email, password: "not the password" },
      { email: "nobody-here@example.com", password: TEST_PASSWORD },
      { email: disabled.email, password: TEST_PASSWORD },
    ]) {
      const refused = await exchange({ ...body, scopes: ["tickets:read"] });
      expect(refused, body.email).toMatchObject({ status: 401, body: { code: "UNAUTHENTICATED", message: SIGN_IN_FAILED_MESSAGE } });
    }
    expect(await db.apiKey.count({ where: { userId: { in: [user.id, disabled.id] } } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 1 });
  });

  it("tells an unverified or locked account so only after the right password, as the form does", async () => {
    const { user } = await agentIn();
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    expect(await exchange({ email: user.email, password: TEST_PASSWORD, scopes: ["tickets:read"] }))
      .toMatchObject({ status: 403, body: { code: "EMAIL_UNVERIFIED", message: EMAIL_UNVERIFIED_MESSAGE } });

    const { user: locked } = await agentIn();
    await lockUser(locked.id);
    const refused = await exchange({ email: locked.email, password: TEST_PASSWORD, scopes: ["tickets:read"] });
    expect(refused).toMatchObject({ status: 403, body: { code: "ACCOUNT_LOCKED", message: expect.stringMatching(/locked/) } });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await exchange({ email: locked.email, password: "wrong", scopes: ["tickets:read"] })).toMatchObject({ status: 401, body: { message: SIGN_IN_FAILED_MESSAGE } });
  });

  it("asks an account with two-factor for a current code, and takes a code from the app or a recovery code", async () => {
    const { user } = await agentIn();
    const { secret, recoveryCodes } = await enableTwoFactorFor(user.id);
    const body = { email: user.email, password: TEST_PASSWORD, scopes: ["tickets:read"] };
    expect(await exchange(body)).toMatchObject({ status: 401, body: { code: "TWO_FACTOR_REQUIRED" } });
    expect(await exchange({ ...body, code: wrongCodeFor(secret) })).toMatchObject({ status: 401, body: { code: "INVALID_TWO_FACTOR_CODE" } });
    expect(await exchange({ ...body, code: generateTotpCode(secret) })).toMatchObject({ status: 201 });
    expect(await exchange({ ...body, code: recoveryCodes[0] })).toMatchObject({ status: 201 });
    // A recovery code works once.
    expect(await exchange({ ...body, code: recoveryCodes[0] })).toMatchObject({ status: 401, body: { code: "INVALID_TWO_FACTOR_CODE" } });
    expect(await db.apiKey.count({ where: { userId: user.id } })).toBe(2);
  });

  it("issues the token for the workspace named by slug when the user is a member there, and 404 otherwise", async () => {
    const { user, actor } = await agentIn();
    const second = await createWorkspace({ name: "Acme HR" });
    const stranger = await createWorkspace({ name: "Globex" });
    await db.membership.create({ data: { userId: actor.userId, workspaceId: second.id, role: "ADMIN" } });
    const body = { email: user.email, password: TEST_PASSWORD, scopes: ["tickets:read", "audit:read"] };
    expect(await exchange({ ...body, workspace: second.slug })).toMatchObject({ status: 201, body: { workspace: { id: second.id }, role: "ADMIN", scopes: body.scopes } });
    expect(await exchange({ ...body, workspace: stranger.slug })).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    // An agent where there is no slug: a scope beyond the role is refused, not trimmed.
    const beyond = await exchange(body);
    expect(beyond).toMatchObject({ status: 422, body: { code: "VALIDATION_FAILED", details: { fieldErrors: { scopes: [expect.stringContaining("audit:read")] } } } });
    expect(await db.apiKey.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses staff who must still enrol in two-factor, and invalid bodies", async () => {
    const { workspace, user } = await agentIn();
    await db.workspace.update({ where: { id: workspace.id }, data: { requireStaffTwoFactor: true } });
    expect(await exchange({ email: user.email, password: TEST_PASSWORD, scopes: ["tickets:read"] }))
      .toMatchObject({ status: 403, body: { code: "TWO_FACTOR_ENROLMENT_REQUIRED" } });
    const invalid = await exchange({ email: "not-an-email", password: "", scopes: [], totp: "123456" });
    expect(invalid).toMatchObject({ status: 422, body: { code: "VALIDATION_FAILED" } });
    expect(await callApi("POST", "/auth/token", { rawBody: "{", headers: { "content-type": "application/json" } })).toMatchObject({ status: 400 });
  });

  it("answers 429 with Retry-After where the form would ask for its proof-of-work check, and when throttled", async () => {
    const { user } = await agentIn();
    const ip = uniqueIp();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await exchange({ email: user.email, password: "guess", scopes: ["tickets:read"] }, ip)).status).toBe(401);
    }
    const challenged = await exchange({ email: user.email, password: TEST_PASSWORD, scopes: ["tickets:read"] }, ip);
    expect(challenged).toMatchObject({ status: 429, body: { code: "CAPTCHA_REQUIRED", message: expect.stringMatching(/proof-of-work/) } });
    expect(Number(challenged.headers.get("retry-after"))).toBe(900);
    expect(await db.apiKey.count({ where: { userId: user.id } })).toBe(0);

    const { user: other } = await agentIn();
    await db.rateLimit.create({ data: { key: `sign-in:email:${other.email}`, count: 1000, windowStartedAt: new Date(), expiresAt: new Date(Date.now() + 600_000) } });
    const throttled = await exchange({ email: other.email, password: TEST_PASSWORD, scopes: ["tickets:read"] });
    expect(throttled).toMatchObject({ status: 429, body: { code: "RATE_LIMITED", message: expect.stringMatching(/Too many sign-in attempts/) } });
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("gives one member at most 20 tokens an hour, then 429 with Retry-After and no token", async () => {
    const { user } = await agentIn();
    await db.rateLimit.create({ data: { key: `token-exchange:user:${user.id}`, count: 19, windowStartedAt: new Date(), expiresAt: new Date(Date.now() + HOUR_MS) } });
    expect(await exchange({ email: user.email, password: TEST_PASSWORD, scopes: ["tickets:read"] })).toMatchObject({ status: 201 });
    const refused = await exchange({ email: user.email, password: TEST_PASSWORD, scopes: ["tickets:read"] });
    expect(refused).toMatchObject({ status: 429, body: { code: "RATE_LIMITED", message: expect.stringMatching(/more than 20 tokens this hour/) } });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.apiKey.count({ where: { userId: user.id } })).toBe(1);
  });
});
