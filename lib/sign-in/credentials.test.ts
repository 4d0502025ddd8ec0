import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { passwordNeedsRehash, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/test/db";
import { createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { requestContext, solvedCaptchaPayload } from "@/lib/test/security-factories";
import { enableTwoFactorFor } from "@/lib/two-factor/test-factories";
import { verifyCredentials } from "./credentials";

describe("verifyCredentials", () => {
  it("returns the user, their workspace and session version for the right password", async () => {
    const { user, actor } = await createUser({ role: "AGENT" });
    const result = await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext());
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, workspaceId: actor.workspaceId, sessionVersion: 0 },
    });
  });

  it("matches the email case-insensitively", async () => {
    const { user } = await createUser();
    const result = await verifyCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, requestContext());
    expect(result.ok && result.user.id).toBe(user.id);
  });

  it("records a successful sign-in in the audit log and the attempts with the address and user agent", async () => {
    const { user } = await createUser();
    const context = requestContext();
    await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, context);
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "user.signed_in" } });
    expect(entry).toMatchObject({ targetType: "user", targetId: user.id, ip: context.ip, userAgent: "vitest" });
    const attempt = await db.loginAttempt.findFirstOrThrow({ where: { userId: user.id } });
    expect(attempt).toMatchObject({ outcome: "SUCCEEDED", reason: "signed_in", ip: context.ip, email: user.email });
  });

  it("refuses a wrong password, an unknown email and a disabled account alike", async () => {
    const { user } = await createUser();
    const { user: disabled } = await createUser({ disabled: true });
    const attempts = [
      { email: user.email, password: "not the password" },
      { email: "nobody-here@example.com", password: TEST_PASSWORD },
      { email: disabled.email, password: TEST_PASSWORD },
    ];
    for (const attempt of attempts) {
      expect(await verifyCredentials(attempt, requestContext())).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    expect(await db.auditLog.count({ where: { actorId: { in: [user.id, disabled.id] } } })).toBe(0);
  });

  it("records each refusal with its own reason and the user when there is one", async () => {
    const { user } = await createUser();
    const { user: disabled } = await createUser({ disabled: true });
    const unknownEmail = `nobody-${user.id}@example.com`;
    await verifyCredentials({ email: user.email, password: "not the password" }, requestContext());
    await verifyCredentials({ email: unknownEmail, password: TEST_PASSWORD }, requestContext());
    await verifyCredentials({ email: disabled.email, password: TEST_PASSWORD }, requestContext());
    const recorded = await db.loginAttempt.findMany({
      where: { email: { in: [user.email, unknownEmail, disabled.email] } },
      select: { email: true, userId: true, outcome: true, reason: true },
    });
    expect(recorded).toEqual(
      expect.arrayContaining([
        { email: user.email, userId: user.id, outcome: "FAILED", reason: "wrong_password" },
        { email: unknownEmail, userId: null, outcome: "FAILED", reason: "unknown_email" },
        { email: disabled.email, userId: disabled.id, outcome: "FAILED", reason: "disabled" },
      ]),
    );
  });

  it("refuses an unverified email only after the right password, and records why", async () => {
    const { user } = await createUser();
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    expect(await verifyCredentials({ email: user.email, password: "not the password" }, requestContext())).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext())).toEqual({
      ok: false,
      reason: "email_unverified",
    });
    const reasons = (await db.loginAttempt.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } })).map(
      (attempt) => attempt.reason,
    );
    expect(reasons).toEqual(["wrong_password", "unverified"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(1);
  });

  it("keeps a disabled account's generic answer even when its email is unverified", async () => {
    const { user } = await createUser({ disabled: true });
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext())).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
  });

  it("opens the second step instead of signing in when two-factor is on, and records no success", async () => {
    const { user } = await createUser();
    await enableTwoFactorFor(user.id);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext())).toEqual({
      ok: false,
      reason: "two_factor_required",
      pending: { userId: user.id, sessionVersion: 0 },
    });
    const attempt = await db.loginAttempt.findFirstOrThrow({ where: { userId: user.id } });
    expect(attempt).toMatchObject({ outcome: "FAILED", reason: "second_factor_required" });
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "user.signed_in" } })).toBe(0);
  });

  it("rehashes a password made with older parameters and stores the new hash", async () => {
    const { user } = await createUser();
    const oldHash = await hash(TEST_PASSWORD, {
      algorithm: 2,
      memoryCost: 4096,
      timeCost: 3,
      parallelism: 1,
      secret: Buffer.from(process.env.PASSWORD_PEPPER ?? ""),
    });
    await db.user.update({ where: { id: user.id }, data: { passwordHash: oldHash } });
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext())).ok).toBe(true);
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(passwordHash).not.toBe(oldHash);
    expect(passwordNeedsRehash(passwordHash ?? "")).toBe(false);
    expect(await verifyPassword(passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("keeps a current hash as it is", async () => {
    const { user } = await createUser();
    await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext());
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });
});

describe("verifyCredentials after repeated failures", () => {
  it("asks for the proof of work, for a known and an unknown email alike, and accepts a solved one", async () => {
    const { user } = await createUser();
    for (const email of [user.email, "nobody-here@example.com"]) {
      for (let count = 0; count < 3; count += 1) await verifyCredentials({ email, password: "wrong guess" }, requestContext());
      expect(await verifyCredentials({ email, password: TEST_PASSWORD }, requestContext())).toEqual({
        ok: false,
        reason: "captcha_required",
      });
    }
    const attempt = await db.loginAttempt.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
    expect(attempt).toMatchObject({ outcome: "FAILED", reason: "captcha_failed" });

    const captcha = await solvedCaptchaPayload();
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD, captcha }, requestContext())).ok).toBe(true);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, captcha }, requestContext())).toEqual({
      ok: false,
      reason: "captcha_required",
    });
  });
});
