import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/sign-in/credentials";
import { db } from "@/lib/test/db";
import { createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { lockUser, requestContext, solvedCaptchaPayload } from "@/lib/test/security-factories";
import { captchaRequiredForSignIn } from "./captcha";

const WRONG = "not the password";

/** Signs in as a persistent guesser would: solving the proof of work once it is asked for. */
async function attempt(email: string, password: string) {
  const captcha = (await captchaRequiredForSignIn(email, null)) ? await solvedCaptchaPayload() : undefined;
  return verifyCredentials({ email, password, captcha }, requestContext());
}

async function failTimes(email: string, times: number) {
  for (let count = 0; count < times; count += 1) {
    expect(await attempt(email, WRONG)).toEqual({ ok: false, reason: "invalid_credentials" });
  }
}

describe("account lockout", () => {
  it("locks the account on the fifth consecutive failure, with an audit entry and an email", async () => {
    const { user, actor } = await createUser();
    await failTimes(user.email, 4);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 4, lockedUntil: null });
    await failTimes(user.email, 1);
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.failedLoginCount).toBe(5);
    expect(locked.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const audit = await db.auditLog.findMany({ where: { targetId: user.id, action: "user.locked" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.workspaceId).toBe(actor.workspaceId);
    const emails = await db.emailMessage.findMany({ where: { to: user.email, template: "account-locked" } });
    expect(emails).toHaveLength(1);
  });

  it("refuses the sixth attempt even with the right password, saying the account is locked", async () => {
    const { user } = await createUser();
    await failTimes(user.email, 5);
    const result = await attempt(user.email, TEST_PASSWORD);
    expect(result).toMatchObject({ ok: false, reason: "locked" });
    expect(!result.ok && "retryAfterSeconds" in result && result.retryAfterSeconds).toBeGreaterThan(14 * 60);
    const last = await db.loginAttempt.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ outcome: "FAILED", reason: "locked" });
  });

  it("answers a wrong password on a locked account generically, without extending the lock", async () => {
    const { user } = await createUser();
    await lockUser(user.id, 10);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await failTimes(user.email, 2);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ failedLoginCount: 5, lockedUntil: before.lockedUntil });
    expect(await db.auditLog.count({ where: { targetId: user.id, action: "user.locked" } })).toBe(0);
  });

  it("lets the right password in once the lock has expired, and resets the count", async () => {
    const { user } = await createUser();
    await lockUser(user.id, -1);
    const result = await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext());
    expect(result.ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it("gives a fresh count after an expired lock instead of locking again at once", async () => {
    const { user } = await createUser();
    await lockUser(user.id, -1);
    await failTimes(user.email, 1);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 1, lockedUntil: null });
  });

  it("resets the failure count on a successful sign-in", async () => {
    const { user } = await createUser();
    await failTimes(user.email, 4);
    expect((await attempt(user.email, TEST_PASSWORD)).ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    await failTimes(user.email, 4);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).toBeNull();
  });

  it("counts failures that arrive in parallel without losing one", async () => {
    const { user } = await createUser();
    await Promise.all(
      Array.from({ length: 4 }, () => verifyCredentials({ email: user.email, password: WRONG }, requestContext())),
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(4);
  });
});

describe("sign-in throttling", () => {
  it("refuses an address after its limit, for known and unknown emails alike", async () => {
    const { user } = await createUser();
    const context = requestContext();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await verifyCredentials({ email: `spray-${attempt}-${user.id}@example.com`, password: WRONG }, context);
    }
    const known = await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, context);
    const unknown = await verifyCredentials({ email: `other-${user.id}@example.com`, password: WRONG }, context);
    expect(known).toMatchObject({ ok: false, reason: "throttled" });
    expect(unknown).toMatchObject({ ok: false, reason: "throttled" });
    const recorded = await db.loginAttempt.findFirstOrThrow({ where: { userId: user.id } });
    expect(recorded).toMatchObject({ outcome: "FAILED", reason: "throttled", ip: context.ip });
  });

  it("does not count successful sign-ins against the address or the email", async () => {
    const { user } = await createUser();
    const context = requestContext();
    for (let attempt = 0; attempt < 25; attempt += 1) {
      expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, context)).ok).toBe(true);
    }
  });

  it("refuses one email after its limit even from many addresses, counting attempts that did the proof of work", async () => {
    const email = `target-${Date.now()}@example.com`;
    // Solved side by side: the three free attempts leave seven to the limit, then one over it.
    const solved = await Promise.all(Array.from({ length: 8 }, () => solvedCaptchaPayload()));
    for (let attempt = 0; attempt < 3; attempt += 1) await verifyCredentials({ email, password: WRONG }, requestContext());
    for (const captcha of solved.slice(0, 7)) {
      expect(await verifyCredentials({ email, password: WRONG, captcha }, requestContext())).toMatchObject({ reason: "invalid_credentials" });
    }
    expect(await verifyCredentials({ email, password: WRONG, captcha: solved[7] }, requestContext())).toMatchObject({ reason: "throttled" });
  }, 60_000);

  it("does not count attempts without the proof of work against the email, so freezing an account costs real work", async () => {
    const { user } = await createUser();
    for (let attempt = 0; attempt < 3; attempt += 1) await verifyCredentials({ email: user.email, password: WRONG }, requestContext());
    for (let attempt = 0; attempt < 25; attempt += 1) {
      expect(await verifyCredentials({ email: user.email, password: WRONG }, requestContext())).toEqual({ ok: false, reason: "captcha_required" });
    }
    const captcha = await solvedCaptchaPayload();
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD, captcha }, requestContext())).ok).toBe(true);
  });
});

describe("the audit trail of failed sign-ins", () => {
  it("records each failure against an account with its reason, and none for unknown emails", async () => {
    const { user, actor } = await createUser();
    await failTimes(user.email, 2);
    await failTimes("no-account-here@example.com", 1);
    const entries = await db.auditLog.findMany({ where: { targetId: user.id, action: "user.sign_in_failed" } });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ workspaceId: actor.workspaceId, metadata: { reason: "wrong_password" } });
    expect(await db.auditLog.count({ where: { action: "user.sign_in_failed", targetId: null } })).toBe(0);
  });
});
