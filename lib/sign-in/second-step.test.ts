import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { requestContext } from "@/lib/test/security-factories";
import { enableTwoFactorFor, wrongCodeFor } from "@/lib/two-factor/test-factories";
import { generateTotpCode } from "@/lib/two-factor/totp";
import { verifyCredentials } from "./credentials";
import { verifySecondSignInStep } from "./second-step";

async function passwordStep(email: string) {
  const result = await verifyCredentials({ email, password: TEST_PASSWORD }, requestContext());
  if (result.ok || result.reason !== "two_factor_required") throw new Error(`Expected the second step, got ${JSON.stringify(result)}`);
  return result.pending;
}

const reasonsOf = async (userId: string) =>
  (await db.loginAttempt.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((attempt) => attempt.reason);

describe("signing in with two-factor", () => {
  it("asks for the second step after the right password, without signing in", async () => {
    const { user } = await createUser();
    await enableTwoFactorFor(user.id);
    expect(await passwordStep(user.email)).toEqual({ userId: user.id, sessionVersion: 0 });
    expect(await reasonsOf(user.id)).toEqual(["second_factor_required"]);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "user.signed_in" } })).toBe(0);
  });

  it("signs in with a current code, recording the success", async () => {
    const { user, actor } = await createUser();
    const { secret } = await enableTwoFactorFor(user.id);
    const pending = await passwordStep(user.email);
    const result = await verifySecondSignInStep(pending, { code: generateTotpCode(secret) }, requestContext());
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, workspaceId: actor.workspaceId, sessionVersion: 0 },
    });
    expect(await reasonsOf(user.id)).toEqual(["second_factor_required", "signed_in"]);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "user.signed_in" } })).toBe(1);
  });

  it("refuses the same code twice, and takes a recovery code once", async () => {
    const { user } = await createUser();
    const { secret, recoveryCodes } = await enableTwoFactorFor(user.id);
    const pending = await passwordStep(user.email);
    const code = generateTotpCode(secret);
    expect((await verifySecondSignInStep(pending, { code }, requestContext())).ok).toBe(true);
    expect(await verifySecondSignInStep(pending, { code }, requestContext())).toEqual({ ok: false, reason: "invalid_two_factor_code" });
    const recoveryCode = (recoveryCodes[0] ?? "").replace("-", "");
    expect((await verifySecondSignInStep(pending, { recoveryCode }, requestContext())).ok).toBe(true);
    expect((await verifySecondSignInStep(pending, { recoveryCode }, requestContext())).ok).toBe(false);
    expect(await db.auditLog.count({ where: { targetId: user.id, action: "user.recovery_code_used" } })).toBe(1);
  });

  it("counts wrong codes toward the lockout: the fifth locks the account", async () => {
    const { user } = await createUser();
    const { secret } = await enableTwoFactorFor(user.id);
    const pending = await passwordStep(user.email);
    const wrong = { code: wrongCodeFor(secret) };
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await verifySecondSignInStep(pending, wrong, requestContext())).toEqual({ ok: false, reason: "invalid_two_factor_code" });
    }
    expect(await verifySecondSignInStep(pending, wrong, requestContext())).toMatchObject({ ok: false, reason: "locked" });
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.failedLoginCount).toBe(5);
    expect(locked.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await verifySecondSignInStep(pending, { code: generateTotpCode(secret) }, requestContext())).toMatchObject({ reason: "locked" });
    expect(await db.auditLog.count({ where: { targetId: user.id, action: "user.locked" } })).toBe(1);
  });

  it("treats a missing pending state, or one from before a session version bump, as lapsed", async () => {
    const { user } = await createUser();
    const { secret } = await enableTwoFactorFor(user.id);
    const pending = await passwordStep(user.email);
    expect(await verifySecondSignInStep(null, { code: generateTotpCode(secret) }, requestContext())).toEqual({ ok: false, reason: "two_factor_expired" });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await verifySecondSignInStep(pending, { code: generateTotpCode(secret) }, requestContext())).toEqual({ ok: false, reason: "two_factor_expired" });
  });

  it("is throttled with the user's email", async () => {
    const { user } = await createUser();
    const { secret } = await enableTwoFactorFor(user.id);
    const pending = await passwordStep(user.email);
    const context = requestContext();
    let result = await verifySecondSignInStep(pending, { code: wrongCodeFor(secret) }, context);
    for (let attempt = 0; attempt < 30 && result.ok === false && result.reason !== "throttled"; attempt += 1) {
      await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } });
      result = await verifySecondSignInStep(pending, { code: wrongCodeFor(secret) }, context);
    }
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
  });
});
