import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/test/db";
import { ValidationError } from "@/lib/errors";
import { createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { changePassword, revokeAllSessions } from "./mutations";

const context = { ip: "203.0.113.9", userAgent: "vitest" };
const NEW_PASSWORD = "violet anchor moss kettle";
const change = { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
const claimsOf = (actor: { userId: string; workspaceId: string }, sessionVersion: number) => ({
  userId: actor.userId,
  workspaceId: actor.workspaceId,
  sessionVersion,
  signedInAt: Math.floor(Date.now() / 1000),
});

describe("changePassword", () => {
  it("stores the new hash, clears a lockout, audits, and ends sessions issued before", async () => {
    const { user, actor } = await createUser();
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 3, lockedUntil: new Date(Date.now() + 60_000) } });
    await changePassword(actor, change, context);

    const updated = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(updated.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(updated).toMatchObject({ failedLoginCount: 0, lockedUntil: null, sessionVersion: 1 });
    expect(updated.passwordChangedAt).not.toBeNull();
    expect(await loadActor(claimsOf(actor, 0))).toBeNull();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "user.password_changed" } })).toBe(1);
    const notice = await db.emailMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(notice).toMatchObject({ template: "password-changed", status: "PENDING", workspaceId: actor.workspaceId });
  });

  it("refuses a wrong current password, under that field, and changes nothing", async () => {
    const { user, actor } = await createUser();
    const attempt = changePassword(actor, { ...change, currentPassword: "not my password at all" }, context);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { currentPassword: ["That is not your current password."] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(0);
  });

  it("refuses a common password and the current one", async () => {
    const { actor } = await createUser();
    const common = { ...change, newPassword: "qwertyqwertyqwerty", confirmPassword: "qwertyqwertyqwerty" };
    await expect(changePassword(actor, common, context)).rejects.toBeInstanceOf(ValidationError);
    const same = { ...change, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD };
    await expect(changePassword(actor, same, context)).rejects.toThrow(/different from your current/);
  });
});

describe("revokeAllSessions", () => {
  it("ends every session of the user and only theirs", async () => {
    const { actor } = await createUser();
    const { actor: colleague } = await createUser({ workspaceId: actor.workspaceId });
    await revokeAllSessions(actor, context);
    expect(await loadActor(claimsOf(actor, 0))).toBeNull();
    expect(await loadActor(claimsOf(actor, 1))).not.toBeNull();
    expect(await loadActor(claimsOf(colleague, 0))).not.toBeNull();
  });
});
