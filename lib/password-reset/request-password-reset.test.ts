import { describe, expect, it } from "vitest";
import { TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { db } from "@/lib/test/db";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { EMAIL_SENDING_PER_ADDRESS_LIMIT, PASSWORD_RESET_IP_LIMIT } from "@/lib/security/rate-limit-policies";
import { createUser } from "@/lib/test/factories";
import { failSignInsFrom, requestContext, solvedCaptchaPayload } from "@/lib/test/security-factories";
import { requestPasswordReset } from "./mutations";
import { isPasswordResetTokenUsable } from "./queries";
import { requestPasswordResetAndSend, resetPathsSentTo, tokenOf } from "./test-helpers";

describe("requestPasswordReset", () => {
  it("mails an existing account a one-hour link whose token is stored only as a hash, and audits it", async () => {
    const { user, actor } = await createUser();
    const before = Date.now();
    expect(await requestPasswordResetAndSend({ email: user.email }, requestContext())).toEqual({ email: user.email });

    const [path] = await resetPathsSentTo(user.email);
    expect(path).toMatch(/^\/reset-password\?token=[\w-]{43}$/);
    const token = tokenOf(path!);
    expect(await isPasswordResetTokenUsable(token)).toBe(true);
    const stored = await db.authToken.findFirstOrThrow({ where: { userId: user.id, purpose: "PASSWORD_RESET" } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - before).toBeGreaterThanOrEqual(TOKEN_LIFETIME_MINUTES.PASSWORD_RESET * 60_000);
    expect(stored.expiresAt.getTime() - before).toBeLessThan((TOKEN_LIFETIME_MINUTES.PASSWORD_RESET + 1) * 60_000);
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(email).toMatchObject({ template: "password-reset", status: "PENDING", workspaceId: actor.workspaceId });
    expect(await db.auditLog.count({ where: { action: "user.password_reset_requested", targetId: user.id } })).toBe(1);
  });

  it("answers an unknown email exactly as a known one, and sends and stores nothing", async () => {
    const { user } = await createUser();
    const unknown = "no-account-here@example.com";
    const known = await requestPasswordResetAndSend({ email: user.email }, requestContext());
    const [emailsBefore, tokensBefore] = await Promise.all([db.emailMessage.count(), db.authToken.count()]);
    const answer = await requestPasswordResetAndSend({ email: unknown }, requestContext());
    expect(answer).toEqual({ email: unknown });
    expect(Object.keys(answer)).toEqual(Object.keys(known));
    expect(await db.emailMessage.count()).toBe(emailsBefore);
    expect(await db.authToken.count()).toBe(tokensBefore);
  });

  it("answers a disabled account the same and sends it nothing", async () => {
    const { user } = await createUser({ disabled: true });
    expect(await requestPasswordResetAndSend({ email: user.email }, requestContext())).toEqual({ email: user.email });
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(0);
    expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("makes only the newest link work", async () => {
    const { user } = await createUser();
    await requestPasswordResetAndSend({ email: user.email }, requestContext());
    await requestPasswordResetAndSend({ email: user.email }, requestContext());
    const [oldPath, newPath] = await resetPathsSentTo(user.email);
    expect(await isPasswordResetTokenUsable(tokenOf(oldPath!))).toBe(false);
    expect(await isPasswordResetTokenUsable(tokenOf(newPath!))).toBe(true);
  });

  it("throttles one client address after its limit, whatever the emails", async () => {
    const context = requestContext();
    for (let request = 1; request <= PASSWORD_RESET_IP_LIMIT.limit; request++) {
      await requestPasswordResetAndSend({ email: `unknown-${request}@example.com` }, context);
    }
    const { user } = await createUser();
    const attempt = requestPasswordResetAndSend({ email: user.email }, context);
    await expect(attempt).rejects.toBeInstanceOf(RateLimitedError);
    await expect(attempt).rejects.toThrow(/^Too many attempts\. Try again in \d+ minutes?\.$/);
    expect(await resetPathsSentTo(user.email)).toHaveLength(0);
  });

  it("throttles one target email after its limit, from any address, whether or not it has an account", async () => {
    const { user } = await createUser();
    for (const email of [user.email, "never-registered@example.com"]) {
      for (let request = 1; request <= EMAIL_SENDING_PER_ADDRESS_LIMIT.limit; request++) {
        await requestPasswordResetAndSend({ email }, requestContext());
      }
      const attempt = requestPasswordResetAndSend({ email }, requestContext());
      await expect(attempt).rejects.toThrow(/^Too many attempts\. Try again in \d+ minutes?\.$/);
    }
    expect(await resetPathsSentTo(user.email)).toHaveLength(EMAIL_SENDING_PER_ADDRESS_LIMIT.limit);
  });
});

describe("requestPasswordReset after failed sign-ins from the same address", () => {
  it("asks for the proof-of-work check before sending anything", async () => {
    const { user } = await createUser();
    const context = requestContext();
    await failSignInsFrom(context.ip ?? "");

    await expect(requestPasswordResetAndSend({ email: user.email }, context)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(0);

    await requestPasswordResetAndSend({ email: user.email, captcha: await solvedCaptchaPayload() }, context);
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(1);
  });
});

describe("requestPasswordReset's answer", () => {
  it("looks up and writes nothing for the account before answering, so a known email costs no more time than an unknown one", async () => {
    const { user } = await createUser();
    const deferred: (() => Promise<void>)[] = [];
    const afterAnswer = (work: () => Promise<void>) => void deferred.push(work);
    await requestPasswordReset({ email: user.email }, requestContext(), afterAnswer);
    await requestPasswordReset({ email: `no-account-${user.id}@example.com` }, requestContext(), afterAnswer);

    // Both paths leave the same one piece of work for after the answer, and nothing is written yet.
    expect(deferred).toHaveLength(2);
    expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "user.password_reset_requested", targetId: user.id } })).toBe(0);

    for (const work of deferred) await work();
    expect(await resetPathsSentTo(user.email)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "user.password_reset_requested", targetId: user.id } })).toBe(1);
  });
});
