import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, newPasswordFields } from "@/lib/auth/password";
import { findPasswordProblem } from "@/lib/auth/password-policy";
import { consumeAuthToken, issueAuthToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { transactionFor } from "@/lib/db";
import { enterUserScope } from "@/lib/members/first-workspace";
import { enqueueEmail } from "@/lib/email/outbox";
import { DomainError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { assertCaptchaIfRequired, captchaRequiredForIp } from "@/lib/security/captcha";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import {
  EMAIL_SENDING_PER_ADDRESS_LIMIT,
  PASSWORD_RESET_IP_LIMIT,
  rateLimitKey,
} from "@/lib/security/rate-limit-policies";
import {
  INVALID_RESET_LINK_MESSAGE,
  type PasswordResetRequestedResult,
  type RequestPasswordResetInput,
  type ResetPasswordInput,
} from "./schemas";

/** Completing a reset has its own counter: requesting links must not use up the attempts to set one. */
const passwordResetCompletionKey = (ip: string) => `password-reset-complete:ip:${ip}`;

const accountSelect = {
  id: true,
  email: true,
  name: true,
  disabledAt: true,
  emailVerifiedAt: true,
  memberships: { orderBy: { createdAt: "asc" }, take: 1, select: { workspaceId: true } },
} satisfies Prisma.UserSelect;
type Account = Prisma.UserGetPayload<{ select: typeof accountSelect }>;

const workspaceOf = (account: Account) => account.memberships[0]?.workspaceId ?? null;

/** Issues a fresh reset link (older ones stop working), mails it, and audits the request. */
async function sendPasswordResetEmail(tx: Prisma.TransactionClient, account: Account, context: RequestContext) {
  const { rawToken } = await issueAuthToken(tx, account.id, "PASSWORD_RESET");
  await enqueueEmail(tx, {
    workspaceId: workspaceOf(account),
    to: account.email,
    template: "password-reset",
    data: {
      name: account.name,
      resetPath: `/reset-password?token=${encodeURIComponent(rawToken)}`,
      expiresInMinutes: TOKEN_LIFETIME_MINUTES.PASSWORD_RESET,
    },
  });
  await recordAudit(tx, {
    workspaceId: workspaceOf(account),
    actorId: null,
    action: "user.password_reset_requested",
    targetType: "user",
    targetId: account.id,
    context,
  });
}

/** Runs work once the answer has gone out: Next's after() in a request; tests run it themselves. */
export type AfterAnswer = (work: () => Promise<void>) => void;

/** The part of a reset request that depends on whether the email has an account. */
async function sendResetLinkIfAccount(email: string, context: RequestContext) {
  try {
    await transactionFor({}, async (tx) => {
      const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (!user) return;
      await enterUserScope(tx, user.id);
      const account = await tx.user.findUnique({ where: { id: user.id }, select: accountSelect });
      // A disabled account could not sign in with a new password, so it gets no link.
      if (account && !account.disabledAt) await sendPasswordResetEmail(tx, account, context);
    });
  } catch (error) {
    console.error("Sending a password reset link failed", error);
  }
}

/**
 * Emails a single-use reset link to an existing, enabled account; for any other email it does
 * nothing. Public (no actor). The answer is the same in every case, and both throttles count
 * every request whatever the email, so neither reveals which emails have accounts.
 *
 * Timing: before answering, every request does the same work whatever the email (the throttles,
 * the proof of work when asked for); looking the account up and writing its link, email and
 * audit entry (some 5 ms) happen in `afterAnswer`, so how long the answer takes says nothing
 * about the account.
 */
export async function requestPasswordReset(
  input: RequestPasswordResetInput,
  context: RequestContext,
  afterAnswer: AfterAnswer,
): Promise<PasswordResetRequestedResult> {
  if (context.ip) await enforceRateLimit(rateLimitKey.passwordResetByIp(context.ip), PASSWORD_RESET_IP_LIMIT);
  await assertCaptchaIfRequired({ required: await captchaRequiredForIp(context.ip), payload: input.captcha, ip: context.ip });
  await enforceRateLimit(rateLimitKey.emailSendingTo(input.email), EMAIL_SENDING_PER_ADDRESS_LIMIT);
  afterAnswer(() => sendResetLinkIfAccount(input.email, context));
  return { email: input.email };
}

/**
 * Spends a reset token and sets the new password, in one transaction with the audit entry and
 * the notice email: every session of the user ends and any lockout is cleared. Public (no
 * actor): the token is the proof. An unknown, used or expired token changes nothing; a rejected
 * password leaves the token usable. Two-factor is untouched, so sign-in still asks for it.
 */
export async function resetPassword(input: ResetPasswordInput, context: RequestContext): Promise<void> {
  if (context.ip) await enforceRateLimit(passwordResetCompletionKey(context.ip), PASSWORD_RESET_IP_LIMIT);
  await transactionFor({}, async (tx) => {
    const userId = await consumeAuthToken(tx, input.token, "PASSWORD_RESET");
    if (!userId) throw new DomainError("INVALID_TOKEN", INVALID_RESET_LINK_MESSAGE);
    await enterUserScope(tx, userId);
    const account = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: accountSelect });
    if (account.disabledAt) throw new DomainError("INVALID_TOKEN", INVALID_RESET_LINK_MESSAGE);
    // Checked (and hashed) only now because the policy needs the account's email, which only the
    // spent token names; throwing rolls the transaction back, so the token stays usable.
    const problem = findPasswordProblem(input.newPassword, account.email);
    if (problem) throw new ValidationError(problem, { newPassword: [problem] });
    await setNewPassword(tx, account, await hashPassword(input.newPassword), context);
  });
}

async function setNewPassword(tx: Prisma.TransactionClient, account: Account, passwordHash: string, context: RequestContext) {
  const changedAt = new Date();
  await tx.user.update({
    where: { id: account.id },
    data: {
      ...newPasswordFields(passwordHash, changedAt),
      // The link reached this inbox, so following it proves control of the address just as the
      // verification link would; an unverified account would otherwise stay unable to sign in.
      emailVerifiedAt: account.emailVerifiedAt ?? changedAt,
    },
  });
  await recordAudit(tx, {
    workspaceId: workspaceOf(account),
    actorId: account.id,
    action: "user.password_reset",
    targetType: "user",
    targetId: account.id,
    context,
  });
  await enqueueEmail(tx, {
    workspaceId: workspaceOf(account),
    to: account.email,
    template: "password-changed",
    data: { name: account.name, changedAt },
  });
}
