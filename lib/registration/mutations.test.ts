import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/test/db";
import { ForbiddenError, RateLimitedError, ValidationError } from "@/lib/errors";
import { REGISTRATION_IP_LIMIT } from "@/lib/security/rate-limit-policies";
import { createUser } from "@/lib/test/factories";
import { failSignInsFrom, solvedCaptchaPayload } from "@/lib/test/security-factories";
import { registerClient, verifyEmail } from "./mutations";
import { INVALID_VERIFICATION_LINK_MESSAGE, REGISTRATION_CLOSED_MESSAGE } from "./schemas";
import { isVerificationTokenUsable } from "./queries";
import {
  createRegistrationWorkspace,
  registration,
  STRONG_PASSWORD,
  testContext,
  verificationTokenSentTo,
} from "./test-helpers";

let workspace: { id: string; name: string };
beforeAll(async () => {
  workspace = await createRegistrationWorkspace();
});

const writesFor = async (email: string) => ({
  users: await db.user.count({ where: { email } }),
  emails: await db.emailMessage.count({ where: { to: email } }),
});

describe("registerClient", () => {
  it("creates an unverified client with a hashed password, a verification email and an audit entry", async () => {
    const input = registration({ email: "  Ann.Register@Example.COM " });
    const context = testContext();
    expect(await registerClient(input, context)).toEqual({ email: "ann.register@example.com" });

    const user = await db.user.findUniqueOrThrow({
      where: { email: "ann.register@example.com" },
      include: { memberships: true, authTokens: true },
    });
    expect(user).toMatchObject({ name: "Ann Example", emailVerifiedAt: null });
    expect(user.passwordHash).not.toContain(STRONG_PASSWORD);
    expect(await verifyPassword(user.passwordHash, STRONG_PASSWORD)).toBe(true);
    expect(user.memberships).toMatchObject([{ workspaceId: workspace.id, role: "CLIENT" }]);

    const email = await db.emailMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(email).toMatchObject({ template: "verify-email", status: "PENDING", workspaceId: workspace.id });
    expect(email.text).toContain("expires in 24 hours");
    const token = await verificationTokenSentTo(user.email);
    expect(user.authTokens).toMatchObject([{ purpose: "EMAIL_VERIFICATION", usedAt: null, tokenHash: hashToken(token) }]);
    const expiresInHours = (user.authTokens[0]!.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(expiresInHours).toBeGreaterThan(23.9);
    expect(expiresInHours).toBeLessThanOrEqual(24);

    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: user.id, action: "user.registered" } });
    expect(audit).toMatchObject({ workspaceId: workspace.id, actorId: user.id, ip: context.ip });
  });

  it("refuses a weak password under the password field and writes nothing", async () => {
    const common = registration({ password: "qwertyqwertyqwerty" });
    await expect(registerClient(common, testContext())).rejects.toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/too common/)] },
    });
    const ownEmail = registration({ email: "kettlemaker@example.com", password: "kettlemaker harbour lights" });
    await expect(registerClient(ownEmail, testContext())).rejects.toBeInstanceOf(ValidationError);
    expect(await writesFor(common.email)).toEqual({ users: 0, emails: 0 });
    expect(await writesFor(ownEmail.email)).toEqual({ users: 0, emails: 0 });
  });

  it("refuses everyone while the workspace is invite-only", async () => {
    await db.workspace.update({ where: { id: workspace.id }, data: { registrationMode: "INVITE_ONLY" } });
    try {
      const input = registration();
      const attempt = registerClient(input, testContext());
      await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
      await expect(attempt).rejects.toThrow(REGISTRATION_CLOSED_MESSAGE);
      expect(await writesFor(input.email)).toEqual({ users: 0, emails: 0 });
    } finally {
      await db.workspace.update({ where: { id: workspace.id }, data: { registrationMode: "OPEN" } });
    }
  });

  it("answers an existing email exactly like a new one, creates nothing and tells the owner", async () => {
    const input = registration();
    const firstAnswer = await registerClient(input, testContext());
    const { user: owner } = await createUser({ workspaceId: workspace.id, name: "Olga Owner" });

    const repeatAnswer = await registerClient({ ...input, name: "Someone Else" }, testContext());
    const ownerAnswer = await registerClient(registration({ email: owner.email }), testContext());

    expect(repeatAnswer).toEqual(firstAnswer);
    expect(ownerAnswer).toEqual({ email: owner.email });
    expect(await db.user.findMany({ where: { email: { in: [input.email, owner.email] } }, select: { name: true } }))
      .toEqual(expect.arrayContaining([{ name: "Ann Example" }, { name: "Olga Owner" }]));
    expect(await db.user.count({ where: { email: { in: [input.email, owner.email] } } })).toBe(2);
    const untouchedOwner = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(untouchedOwner.passwordHash).toBe(owner.passwordHash);

    const notice = await db.emailMessage.findFirstOrThrow({ where: { to: owner.email } });
    expect(notice).toMatchObject({ template: "account-exists", workspaceId: workspace.id });
    expect(notice.text).toMatch(/^Hello Olga Owner,/);
    expect(await db.emailMessage.count({ where: { to: input.email, template: "account-exists" } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: owner.id, action: "user.registration_attempted" } })).toBe(1);
  });

  it("stops the already-have-an-account notices to one address after the per-address limit, answering the same", async () => {
    const { user: owner } = await createUser({ workspaceId: workspace.id });
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await registerClient(registration({ email: owner.email }), testContext())).toEqual({ email: owner.email });
    }
    expect(await db.emailMessage.count({ where: { to: owner.email, template: "account-exists" } })).toBe(3);
  });

  it("throttles one address after the registration limit, counting refused attempts too", async () => {
    const context = testContext();
    for (let attempt = 1; attempt <= REGISTRATION_IP_LIMIT.limit; attempt++) {
      await expect(registerClient(registration({ password: "password123456789" }), context)).rejects.toBeInstanceOf(ValidationError);
    }
    const input = registration();
    const attempt = registerClient(input, context);
    await expect(attempt).rejects.toBeInstanceOf(RateLimitedError);
    await expect(attempt).rejects.toThrow(/^Too many attempts\. Try again in \d+ minutes?\.$/);
    expect(await writesFor(input.email)).toEqual({ users: 0, emails: 0 });
    await expect(registerClient(registration(), testContext())).resolves.toBeDefined();
  });
});

describe("verifyEmail", () => {
  async function registeredToken() {
    const input = registration();
    await registerClient(input, testContext());
    return { email: input.email, token: await verificationTokenSentTo(input.email) };
  }

  it("verifies the email, audits it and sends the welcome email, leaving the link spent", async () => {
    const { email, token } = await registeredToken();
    expect(await isVerificationTokenUsable(token)).toBe(true);
    expect(await isVerificationTokenUsable(token)).toBe(true);

    const context = testContext();
    expect(await verifyEmail({ token }, context)).toEqual({ email });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).not.toBeNull();
    const welcome = await db.emailMessage.findFirstOrThrow({ where: { to: email, template: "welcome" } });
    expect(welcome).toMatchObject({ workspaceId: workspace.id, subject: "Welcome to Acme Support on Triage" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: user.id, action: "user.email_verified" } });
    expect(audit).toMatchObject({ workspaceId: workspace.id, actorId: user.id, ip: context.ip });
    expect(await isVerificationTokenUsable(token)).toBe(false);
  });

  it("refuses a link used before, and changes nothing the second time", async () => {
    const { email, token } = await registeredToken();
    await verifyEmail({ token }, testContext());
    await expect(verifyEmail({ token }, testContext())).rejects.toThrow(INVALID_VERIFICATION_LINK_MESSAGE);
    expect(await db.emailMessage.count({ where: { to: email, template: "welcome" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.email_verified", actor: { email } } })).toBe(1);
  });

  it("refuses an expired link and leaves the account unverified", async () => {
    const { email, token } = await registeredToken();
    await db.authToken.update({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await isVerificationTokenUsable(token)).toBe(false);
    await expect(verifyEmail({ token }, testContext())).rejects.toThrow(INVALID_VERIFICATION_LINK_MESSAGE);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();
    expect(await db.emailMessage.count({ where: { to: email, template: "welcome" } })).toBe(0);
  });

  it("refuses a made-up token", async () => {
    await expect(verifyEmail({ token: "not-a-token-we-ever-issued" }, testContext())).rejects.toThrow(
      INVALID_VERIFICATION_LINK_MESSAGE,
    );
  });
});

describe("registerClient after failed sign-ins from the same address", () => {
  it("asks for the proof-of-work check, creates nothing without it, and registers with a solved one", async () => {
    const context = testContext();
    await failSignInsFrom(context.ip ?? "");
    const input = registration();

    const refused = registerClient(input, context);
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({ fieldErrors: { captcha: [expect.any(String)] } });
    expect(await writesFor(input.email)).toEqual({ users: 0, emails: 0 });

    await registerClient({ ...input, captcha: await solvedCaptchaPayload() }, context);
    expect(await writesFor(input.email)).toEqual({ users: 1, emails: 1 });
  });
});
