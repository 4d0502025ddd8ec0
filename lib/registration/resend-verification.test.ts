import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { RateLimitedError } from "@/lib/errors";
import { EMAIL_SENDING_PER_ADDRESS_LIMIT, VERIFICATION_RESEND_IP_LIMIT } from "@/lib/security/rate-limit-policies";
import { createUser } from "@/lib/test/factories";
import { registerClient, resendVerificationEmail, verifyEmail } from "./mutations";
import { INVALID_VERIFICATION_LINK_MESSAGE } from "./schemas";
import { isVerificationTokenUsable } from "./queries";
import { createRegistrationWorkspace, registration, testContext, verificationTokensSentTo } from "./test-helpers";

let workspaceId: string;
beforeAll(async () => {
  workspaceId = (await createRegistrationWorkspace()).id;
});

async function registerUnverified() {
  const input = registration();
  await registerClient(input, testContext());
  return input.email;
}

describe("resendVerificationEmail", () => {
  it("answers the same for unknown, verified and unverified emails, and mails only the unverified one", async () => {
    const unverified = await registerUnverified();
    const { user: verified } = await createUser({ workspaceId });
    const unknown = "nobody-here@example.com";

    const answers = await Promise.all(
      [unknown, verified.email, unverified].map((email) => resendVerificationEmail({ email }, testContext())),
    );
    expect(answers).toEqual([{ email: unknown }, { email: verified.email }, { email: unverified }]);
    expect(await db.emailMessage.count({ where: { to: { in: [unknown, verified.email] } } })).toBe(0);
    expect(await verificationTokensSentTo(unverified)).toHaveLength(2);
    const { id } = await db.user.findUniqueOrThrow({ where: { email: unverified } });
    expect(await db.auditLog.count({ where: { action: "user.verification_resent", targetId: id } })).toBe(1);
  });

  it("sends nothing to a disabled account", async () => {
    const { user } = await createUser({ workspaceId, disabled: true });
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    expect(await resendVerificationEmail({ email: user.email }, testContext())).toEqual({ email: user.email });
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(0);
  });

  it("makes the new link the only one that works", async () => {
    const email = await registerUnverified();
    await resendVerificationEmail({ email }, testContext());
    const [oldToken, newToken] = await verificationTokensSentTo(email);
    expect(await isVerificationTokenUsable(oldToken!)).toBe(false);
    await expect(verifyEmail({ token: oldToken! }, testContext())).rejects.toThrow(INVALID_VERIFICATION_LINK_MESSAGE);
    expect(await verifyEmail({ token: newToken! }, testContext())).toEqual({ email });
  });

  it("throttles one client address after its limit, whatever the emails", async () => {
    const context = testContext();
    for (let request = 1; request <= VERIFICATION_RESEND_IP_LIMIT.limit; request++) {
      await resendVerificationEmail({ email: `unknown-${request}@example.com` }, context);
    }
    const email = await registerUnverified();
    const attempt = resendVerificationEmail({ email }, context);
    await expect(attempt).rejects.toBeInstanceOf(RateLimitedError);
    await expect(attempt).rejects.toThrow(/^Too many attempts\. Try again in \d+ minutes?\.$/);
    expect(await verificationTokensSentTo(email)).toHaveLength(1);
  });

  it("throttles one target email after its limit, from any address, whether or not it has an account", async () => {
    const unverified = await registerUnverified();
    for (const email of [unverified, "never-registered@example.com"]) {
      const allowed = email === unverified ? EMAIL_SENDING_PER_ADDRESS_LIMIT.limit - 1 : EMAIL_SENDING_PER_ADDRESS_LIMIT.limit;
      for (let request = 1; request <= allowed; request++) {
        await resendVerificationEmail({ email }, testContext());
      }
      await expect(resendVerificationEmail({ email }, testContext())).rejects.toThrow(/^Too many attempts\./);
    }
    // The registration email counts against the address too: 1 + 2 resends.
    expect(await verificationTokensSentTo(unverified)).toHaveLength(EMAIL_SENDING_PER_ADDRESS_LIMIT.limit);
  });
});
