import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { findPasswordProblem } from "@/lib/auth/password-policy";
import { consumeAuthToken, issueAuthToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { db, transactionFor } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { DomainError, ForbiddenError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { enterUserScope, firstWorkspaceId } from "@/lib/members/first-workspace";
import type { RequestContext } from "@/lib/request-context";
import { assertCaptchaIfRequired, captchaRequiredForIp } from "@/lib/security/captcha";
import { consumeRateLimit, enforceRateLimit } from "@/lib/security/rate-limit";
import {
  EMAIL_SENDING_PER_ADDRESS_LIMIT,
  REGISTRATION_IP_LIMIT,
  rateLimitKey,
  VERIFICATION_RESEND_IP_LIMIT,
} from "@/lib/security/rate-limit-policies";
import { findRegistrationWorkspace } from "./queries";
import {
  type EmailSentResult,
  INVALID_VERIFICATION_LINK_MESSAGE,
  type RegisterInput,
  REGISTRATION_CLOSED_MESSAGE,
  type ResendVerificationInput,
  type VerifyEmailInput,
} from "./schemas";

const VERIFICATION_LIFETIME_HOURS = TOKEN_LIFETIME_MINUTES.EMAIL_VERIFICATION / 60;

/** Issues a fresh verification link (older ones stop working) and puts the email in the outbox. */
async function sendVerificationEmail(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string; name: string },
  workspaceId: string | null,
) {
  const { rawToken } = await issueAuthToken(tx, user.id, "EMAIL_VERIFICATION");
  await enqueueEmail(tx, {
    workspaceId,
    to: user.email,
    template: "verify-email",
    data: {
      name: user.name,
      verifyPath: `/verify-email?token=${encodeURIComponent(rawToken)}`,
      expiresInHours: VERIFICATION_LIFETIME_HOURS,
    },
  });
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

type RegistrationWorkspace = { id: string };

/** Tells the owner of an existing account that someone tried to register with their email. */
async function notifyExistingAccount(
  tx: Prisma.TransactionClient,
  owner: { id: string; email: string; name: string },
  workspace: RegistrationWorkspace,
  { isNoticeAllowed, context }: { isNoticeAllowed: boolean; context: RequestContext },
) {
  // The notice is what a stranger could repeat at will, so it obeys the per-address limit.
  if (isNoticeAllowed) {
    await enqueueEmail(tx, { workspaceId: workspace.id, to: owner.email, template: "account-exists", data: { name: owner.name } });
  }
  await recordAudit(tx, {
    workspaceId: workspace.id,
    actorId: null,
    action: "user.registration_attempted",
    targetType: "user",
    targetId: owner.id,
    metadata: { reason: "email_taken", noticeSent: isNoticeAllowed },
    context,
  });
}

/** Creates the unverified client and sends its verification link. */
async function createUnverifiedClient(
  tx: Prisma.TransactionClient,
  input: RegisterInput & { passwordHash: string },
  workspace: RegistrationWorkspace,
  context: RequestContext,
) {
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      passwordHash: input.passwordHash,
      memberships: { create: { workspaceId: workspace.id, role: "CLIENT" } },
    },
    select: { id: true, email: true, name: true },
  });
  // Sent even over the per-address limit: an address registers once (a repeat takes the
  // existing-account path), so this email cannot be used to spam.
  await sendVerificationEmail(tx, user, workspace.id);
  await recordAudit(tx, {
    workspaceId: workspace.id,
    actorId: user.id,
    action: "user.registered",
    targetType: "user",
    targetId: user.id,
    metadata: { role: "CLIENT" },
    context,
  });
}

/**
 * Creates an unverified client account in the registration workspace and emails a verification
 * link, in one transaction with its audit entry. Public (no actor). When the email already has
 * an account nothing is created and its owner is told instead; both paths hash the password,
 * write alike and return the same value, so neither the answer nor its timing reveals accounts.
 */
export async function registerClient(input: RegisterInput, context: RequestContext): Promise<EmailSentResult> {
  if (context.ip) await enforceRateLimit(rateLimitKey.registrationByIp(context.ip), REGISTRATION_IP_LIMIT);
  await assertCaptchaIfRequired({ required: await captchaRequiredForIp(context.ip), payload: input.captcha, ip: context.ip });
  const workspace = await findRegistrationWorkspace();
  if (workspace?.registrationMode !== "OPEN") throw new ForbiddenError(REGISTRATION_CLOSED_MESSAGE);
  const problem = findPasswordProblem(input.password, input.email);
  if (problem) throw new ValidationError(problem, { password: [problem] });

  const passwordHash = await hashPassword(input.password);
  try {
    await transactionFor({ workspaceId: workspace.id }, async (tx) => {
      // Counted on both paths, so the counter says nothing about which emails have accounts.
      const { allowed } = await consumeRateLimit(rateLimitKey.emailSendingTo(input.email), EMAIL_SENDING_PER_ADDRESS_LIMIT, tx);
      const owner = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true } });
      if (owner) await notifyExistingAccount(tx, owner, workspace, { isNoticeAllowed: allowed, context });
      else await createUnverifiedClient(tx, { ...input, passwordHash }, workspace, context);
    });
  } catch (error) {
    // A concurrent registration of the same email won the insert: that one sent the link.
    if (!isUniqueViolation(error)) throw error;
  }
  return { email: input.email };
}

/**
 * Sends a new verification link to an existing, enabled, unverified account; to anyone else it
 * sends nothing. Public (no actor). The answer is the same in every case; the throttles count
 * every request, whatever the email, so they reveal nothing either.
 */
export async function resendVerificationEmail(
  input: ResendVerificationInput,
  context: RequestContext,
): Promise<EmailSentResult> {
  if (context.ip) await enforceRateLimit(rateLimitKey.verificationResendByIp(context.ip), VERIFICATION_RESEND_IP_LIMIT);
  await enforceRateLimit(rateLimitKey.emailSendingTo(input.email), EMAIL_SENDING_PER_ADDRESS_LIMIT);

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      email: true,
      name: true,
      emailVerifiedAt: true,
      disabledAt: true,
    },
  });
  if (user && !user.emailVerifiedAt && !user.disabledAt) {
    const workspaceId = await firstWorkspaceId(user.id);
    await transactionFor({ workspaceId, userId: user.id }, async (tx) => {
      await sendVerificationEmail(tx, user, workspaceId);
      await recordAudit(tx, {
        workspaceId,
        actorId: null,
        action: "user.verification_resent",
        targetType: "user",
        targetId: user.id,
        context,
      });
    });
  }
  return { email: input.email };
}

/**
 * Spends a verification token and marks its account's email verified, in one transaction with
 * the audit entry and the welcome email. Public (no actor): the token is the proof. An unknown,
 * used or expired token changes nothing and is refused.
 */
export async function verifyEmail(input: VerifyEmailInput, context: RequestContext): Promise<EmailSentResult> {
  return transactionFor({}, async (tx) => {
    const userId = await consumeAuthToken(tx, input.token, "EMAIL_VERIFICATION");
    if (!userId) throw new DomainError("INVALID_TOKEN", INVALID_VERIFICATION_LINK_MESSAGE);
    await enterUserScope(tx, userId);
    const user = await tx.user.update({
      where: { id: userId },
      data: { emailVerifiedAt: new Date() },
      select: {
        email: true,
        name: true,
        memberships: { orderBy: { createdAt: "asc" }, take: 1, select: { workspace: { select: { id: true, name: true } } } },
      },
    });
    const workspace = user.memberships[0]?.workspace ?? null;
    await recordAudit(tx, {
      workspaceId: workspace?.id ?? null,
      actorId: userId,
      action: "user.email_verified",
      targetType: "user",
      targetId: userId,
      context,
    });
    if (workspace) {
      await enqueueEmail(tx, {
        workspaceId: workspace.id,
        to: user.email,
        template: "welcome",
        data: { name: user.name, workspaceName: workspace.name },
      });
    }
    return { email: user.email };
  });
}
