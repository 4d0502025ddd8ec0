import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/test/db";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { PASSWORD_RESET_IP_LIMIT } from "@/lib/security/rate-limit-policies";
import { createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { lockUser, requestContext } from "@/lib/test/security-factories";
import { resetPassword } from "./mutations";
import { isPasswordResetTokenUsable } from "./queries";
import { INVALID_RESET_LINK_MESSAGE } from "./schemas";
import { ageResetTokens, NEW_PASSWORD, requestResetToken, resetInput } from "./test-helpers";

const claimsOf = (actor: { userId: string; workspaceId: string }, sessionVersion: number) => ({
  userId: actor.userId,
  workspaceId: actor.workspaceId,
  sessionVersion,
  signedInAt: Math.floor(Date.now() / 1000),
});

describe("resetPassword", () => {
  it("sets the new password, ends every session, clears the lockout, notifies, audits and spends the token", async () => {
    const { user, actor } = await createUser();
    await lockUser(user.id);
    const token = await requestResetToken(user.email);
    expect(await loadActor(claimsOf(actor, 0))).not.toBeNull();

    await resetPassword(resetInput(token), requestContext());

    const updated = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(updated.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(updated.passwordHash, TEST_PASSWORD)).toBe(false);
    expect(updated).toMatchObject({ sessionVersion: 1, failedLoginCount: 0, lockedUntil: null });
    expect(updated.passwordChangedAt).not.toBeNull();
    expect(updated.emailVerifiedAt).toEqual(user.emailVerifiedAt);
    expect(await loadActor(claimsOf(actor, 0))).toBeNull();
    const notice = await db.emailMessage.findFirstOrThrow({ where: { to: user.email, template: "password-changed" } });
    expect(notice).toMatchObject({ status: "PENDING", workspaceId: actor.workspaceId });
    expect(await db.auditLog.count({ where: { action: "user.password_reset", actorId: user.id, targetId: user.id } })).toBe(1);
    expect(await isPasswordResetTokenUsable(token)).toBe(false);
  });

  it("refuses a token that was already used, and changes nothing the second time", async () => {
    const { user } = await createUser();
    const token = await requestResetToken(user.email);
    await resetPassword(resetInput(token), requestContext());
    const attempt = resetPassword(resetInput(token, "another fine passphrase here"), requestContext());
    await expect(attempt).rejects.toThrow(INVALID_RESET_LINK_MESSAGE);
    const updated = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(updated.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(updated.sessionVersion).toBe(1);
  });

  it("refuses a token older than one hour and an unknown one", async () => {
    const { user } = await createUser();
    const token = await requestResetToken(user.email);
    await ageResetTokens(user.id);
    expect(await isPasswordResetTokenUsable(token)).toBe(false);
    await expect(resetPassword(resetInput(token), requestContext())).rejects.toThrow(INVALID_RESET_LINK_MESSAGE);
    await expect(resetPassword(resetInput("not-a-real-token"), requestContext())).rejects.toThrow(INVALID_RESET_LINK_MESSAGE);
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(unchanged.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("refuses a weak password under its field and leaves the token usable", async () => {
    const { user } = await createUser();
    const token = await requestResetToken(user.email);
    const common = resetPassword(resetInput(token, "qwertyqwertyqwerty"), requestContext());
    await expect(common).rejects.toBeInstanceOf(ValidationError);
    await expect(common).rejects.toMatchObject({ fieldErrors: { newPassword: [expect.stringMatching(/too common/)] } });
    const fromEmail = `${user.email.split("@")[0]} is my password`;
    await expect(resetPassword(resetInput(token, fromEmail), requestContext())).rejects.toThrow(/email address/);

    expect(await isPasswordResetTokenUsable(token)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
    await resetPassword(resetInput(token), requestContext());
  });

  it("verifies an unverified account's email, since the link proved control of the inbox", async () => {
    const { user } = await createUser();
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    await resetPassword(resetInput(await requestResetToken(user.email)), requestContext());
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("leaves two-factor on, so sign-in still asks for it", async () => {
    const { user } = await createUser();
    const enabledAt = new Date();
    await db.user.update({ where: { id: user.id }, data: { twoFactorSecret: "encrypted", twoFactorEnabledAt: enabledAt } });
    await resetPassword(resetInput(await requestResetToken(user.email)), requestContext());
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      twoFactorSecret: "encrypted",
      twoFactorEnabledAt: enabledAt,
    });
  });

  it("refuses the link of an account disabled after it was sent", async () => {
    const { user } = await createUser();
    const token = await requestResetToken(user.email);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(resetPassword(resetInput(token), requestContext())).rejects.toThrow(INVALID_RESET_LINK_MESSAGE);
    expect(await db.emailMessage.count({ where: { to: user.email, template: "password-changed" } })).toBe(0);
  });

  it("throttles one client address, apart from the request counter, before looking at the token", async () => {
    const { user } = await createUser();
    const token = await requestResetToken(user.email);
    const context = requestContext();
    for (let attempt = 1; attempt <= PASSWORD_RESET_IP_LIMIT.limit; attempt++) {
      await expect(resetPassword(resetInput(`guess-${attempt}`), context)).rejects.toThrow(INVALID_RESET_LINK_MESSAGE);
    }
    await expect(resetPassword(resetInput(token), context)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await isPasswordResetTokenUsable(token)).toBe(true);
  });
});
