import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/test/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { addMembership, createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { requestContext } from "@/lib/test/security-factories";
import { decryptTwoFactorSecret } from "./crypto";
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  resetTwoFactor,
  startTwoFactorEnrolment,
} from "./mutations";
import { findTwoFactorSettings } from "./queries";
import { enableTwoFactorFor, wrongCodeFor } from "./test-factories";
import { generateTotpCode, TOTP_PERIOD_SECONDS } from "./totp";
import { acceptCurrentCode } from "./verification";

const nextStepCode = (secret: string) => generateTotpCode(secret, Date.now() + TOTP_PERIOD_SECONDS * 1000);

async function pendingSecretOf(userId: string) {
  const { twoFactorSecret } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return decryptTwoFactorSecret(userId, twoFactorSecret ?? "");
}

const auditActions = async (userId: string) =>
  (await db.auditLog.findMany({ where: { targetId: userId }, orderBy: { createdAt: "asc" } })).map((entry) => entry.action);

describe("enrolling in two-factor", () => {
  it("stays pending, with a QR code and the key to type, until a valid code confirms it", async () => {
    const { actor } = await createUser();
    await startTwoFactorEnrolment(actor);
    const settings = await findTwoFactorSettings(actor);
    expect(settings).toMatchObject({ status: "pending", enrolment: { qrCodeDataUrl: expect.stringMatching(/^data:image\/png;base64,/) } });
    const secret = await pendingSecretOf(actor.userId);
    expect(settings.status === "pending" && settings.enrolment.secretForReading.replace(/ /g, "")).toBe(secret);

    await expect(confirmTwoFactorEnrolment(actor, { code: wrongCodeFor(secret) }, requestContext())).rejects.toBeInstanceOf(ValidationError);
    expect((await findTwoFactorSettings(actor)).status).toBe("pending");

    const { recoveryCodes } = await confirmTwoFactorEnrolment(actor, { code: generateTotpCode(secret) }, requestContext());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(await findTwoFactorSettings(actor)).toMatchObject({ status: "on", unusedRecoveryCodes: 10 });
    expect(await auditActions(actor.userId)).toEqual(["user.two_factor_enabled"]);
    expect(await db.emailMessage.count({ where: { to: actor.email, template: "two-factor-changed" } })).toBe(1);
    const stored = await db.recoveryCode.findMany({ where: { userId: actor.userId } });
    expect(stored.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);
  });

  it("cannot start again or confirm once two-factor is on", async () => {
    const { actor } = await createUser();
    const { secret } = await enableTwoFactorFor(actor.userId);
    await expect(startTwoFactorEnrolment(actor)).rejects.toBeInstanceOf(ConflictError);
    await expect(confirmTwoFactorEnrolment(actor, { code: generateTotpCode(secret) }, requestContext())).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("recovery codes", () => {
  it("work once each, whatever their case and dashes, with an audit entry", async () => {
    const { actor } = await createUser();
    const { recoveryCodes } = await enableTwoFactorFor(actor.userId);
    const account = { userId: actor.userId, workspaceId: actor.workspaceId };
    const code = (recoveryCodes[0] ?? "").replace("-", "");
    expect(await db.$transaction((tx) => acceptCurrentCode(tx, account, code))).toBe("recovery");
    expect(await db.$transaction((tx) => acceptCurrentCode(tx, account, code))).toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: actor.userId, action: "user.recovery_code_used" } });
    expect(entry.metadata).toEqual({ remaining: 9 });
  });

  it("are replaced on regeneration with a current code or the password, and the old ones stop working", async () => {
    const { actor } = await createUser();
    const { secret, recoveryCodes: original } = await enableTwoFactorFor(actor.userId);
    const account = { userId: actor.userId, workspaceId: actor.workspaceId };

    const { recoveryCodes: second } = await regenerateRecoveryCodes(actor, { method: "code", code: generateTotpCode(secret) }, requestContext());
    expect(await db.$transaction((tx) => acceptCurrentCode(tx, account, (original[1] ?? "").replace("-", "")))).toBeNull();
    await expect(regenerateRecoveryCodes(actor, { method: "password", password: "not the password" }, requestContext())).rejects.toBeInstanceOf(ValidationError);
    const { recoveryCodes: third } = await regenerateRecoveryCodes(actor, { method: "password", password: TEST_PASSWORD }, requestContext());
    expect(await db.$transaction((tx) => acceptCurrentCode(tx, account, (second[0] ?? "").replace("-", "")))).toBeNull();
    expect(await db.$transaction((tx) => acceptCurrentCode(tx, account, (third[0] ?? "").replace("-", "")))).toBe("recovery");
    expect(await db.recoveryCode.count({ where: { userId: actor.userId } })).toBe(10);
    expect((await auditActions(actor.userId)).filter((action) => action === "user.recovery_codes_regenerated")).toHaveLength(2);
  });
});

describe("turning two-factor off", () => {
  it("needs the password and a current code, and ends every session", async () => {
    const { actor } = await createUser();
    const { secret } = await enableTwoFactorFor(actor.userId);
    const code = generateTotpCode(secret);
    await expect(disableTwoFactor(actor, { password: "not the password", code }, requestContext())).rejects.toMatchObject({
      fieldErrors: { password: ["That is not your password."] },
    });
    await expect(disableTwoFactor(actor, { password: TEST_PASSWORD, code: wrongCodeFor(secret) }, requestContext())).rejects.toMatchObject({
      fieldErrors: { code: ["That code is not valid."] },
    });
    const failures = await db.loginAttempt.count({ where: { userId: actor.userId, reason: "second_factor_failed" } });
    expect(failures).toBe(1);

    await disableTwoFactor(actor, { password: TEST_PASSWORD, code }, requestContext());
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(user).toMatchObject({ twoFactorSecret: null, twoFactorEnabledAt: null, twoFactorLastUsedStep: null, sessionVersion: 1 });
    expect(await db.recoveryCode.count({ where: { userId: actor.userId } })).toBe(0);
    expect(await auditActions(actor.userId)).toContain("user.two_factor_disabled");
  });

  it("accepts a recovery code in place of a code from the app", async () => {
    const { actor } = await createUser();
    const { recoveryCodes } = await enableTwoFactorFor(actor.userId);
    await disableTwoFactor(actor, { password: TEST_PASSWORD, code: (recoveryCodes[0] ?? "").replace("-", "") }, requestContext());
    expect((await findTwoFactorSettings(actor)).status).toBe("off");
  });
});

describe("an admin resetting someone's two-factor", () => {
  it("turns it off, ends their sessions, audits it and emails them, in one go", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user, actor: member } = await createUser({ role: "AGENT", workspaceId: admin.workspaceId });
    const { secret } = await enableTwoFactorFor(user.id);
    await db.$transaction((tx) => acceptCurrentCode(tx, { userId: user.id, workspaceId: admin.workspaceId }, nextStepCode(secret)));

    await resetTwoFactor(admin, user.id, requestContext());

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ twoFactorSecret: null, twoFactorEnabledAt: null, twoFactorLastUsedStep: null, sessionVersion: 1 });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const claims = { userId: user.id, workspaceId: member.workspaceId, sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000) };
    expect(await loadActor(claims)).toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.two_factor_reset", targetId: user.id } });
    expect(entry).toMatchObject({ actorId: admin.userId, workspaceId: admin.workspaceId, metadata: { wasEnabled: true } });
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: user.email, template: "two-factor-reset" } });
    expect(email.workspaceId).toBe(admin.workspaceId);
  });

  it("is refused for a member who also belongs to another workspace, whose sign-in it would weaken too", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user } = await createUser({ role: "AGENT", workspaceId: admin.workspaceId });
    await addMembership(user.id, { role: "ADMIN" });
    await enableTwoFactorFor(user.id);
    await expect(resetTwoFactor(admin, user.id)).rejects.toThrow(/also belongs to other workspaces/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabledAt).not.toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBeGreaterThan(0);
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(0);
  });

  it("is not found for a user of another workspace, for non-admins, and refused for the admin's own", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user: outsider } = await createUser({ role: "AGENT" });
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: admin.workspaceId });
    const { user: colleague } = await createUser({ workspaceId: admin.workspaceId });
    await enableTwoFactorFor(outsider.id);
    await expect(resetTwoFactor(admin, outsider.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetTwoFactor(manager, colleague.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetTwoFactor(admin, admin.userId)).rejects.toThrow(/your own/);
    expect((await db.user.findUniqueOrThrow({ where: { id: outsider.id } })).twoFactorEnabledAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.two_factor_reset", targetId: { in: [outsider.id, colleague.id, admin.userId] } } })).toBe(0);
  });
});
