import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { transactionFor } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import type { RequestContext } from "@/lib/request-context";
import { type FailureCount, countFailedSignIn } from "@/lib/security/lockout";
import { recordLoginAttempt } from "@/lib/security/login-attempts";
import type { SignInFailureReason } from "@/lib/security/sign-in-reasons";
import { refundSignInThrottle } from "./throttle";

/** The account an attempt was for, as far as the outcome needs it. */
export type SignInAccount = { id: string; email: string; name: string; workspaceId: string | null };

type FailedSignIn = {
  email: string;
  account: SignInAccount | null;
  reason: SignInFailureReason;
  /** Whether this failure counts toward the lockout (a wrong password or second factor). */
  countsTowardLockout: boolean;
  context: RequestContext;
};

/**
 * Records a failed attempt and, when it counts, bumps the account's failure count, all in one
 * transaction with a `user.sign_in_failed` audit entry when the account exists. The failure that
 * locks the account also writes `user.locked` and the email telling its owner, so a lock never
 * exists without its audit entry and notice.
 */
export async function recordFailedSignIn({ email, account, reason, countsTowardLockout, context }: FailedSignIn) {
  const scope = { workspaceId: account?.workspaceId, userId: account?.id };
  return transactionFor(scope, async (tx): Promise<FailureCount | null> => {
    // The user row is locked before the attempt row references it: the other way round, two
    // parallel failures each hold a key-share lock the other's update waits for (a deadlock).
    const count = account && countsTowardLockout ? await countFailedSignIn(tx, account.id) : null;
    await recordLoginAttempt(tx, { email, userId: account?.id ?? null, reason, context });
    // A failure against an account is a security event of its workspace; one for an unknown
    // email belongs to no workspace and stays in login_attempts only.
    if (account) {
      await recordAudit(tx, {
        workspaceId: account.workspaceId,
        actorId: null,
        action: "user.sign_in_failed",
        targetType: "user",
        targetId: account.id,
        metadata: { reason },
        context,
      });
    }
    if (!account || !count) return null;
    if (count.hasJustLocked && count.lockedUntil) {
      await recordAudit(tx, {
        workspaceId: account.workspaceId,
        actorId: null,
        action: "user.locked",
        targetType: "user",
        targetId: account.id,
        metadata: { failedLoginCount: count.failedLoginCount, lockedUntil: count.lockedUntil.toISOString() },
        context,
      });
      await enqueueEmail(tx, {
        workspaceId: account.workspaceId,
        to: account.email,
        template: "account-locked",
        data: { name: account.name, lockedUntil: count.lockedUntil },
      });
    }
    return count;
  });
}

/**
 * Records a successful sign-in: clears the failure count and any lock, stores a rehashed
 * password when the parameters changed, gives the attempt back to the throttle, and writes the
 * attempt and `user.signed_in` together.
 */
export async function recordSuccessfulSignIn(
  account: SignInAccount & { workspaceId: string },
  context: RequestContext,
  rehashedPassword: string | null,
) {
  await transactionFor({ workspaceId: account.workspaceId, userId: account.id }, async (tx) => {
    await tx.user.update({
      where: { id: account.id },
      data: { failedLoginCount: 0, lockedUntil: null, ...(rehashedPassword && { passwordHash: rehashedPassword }) },
    });
    await refundSignInThrottle(tx, account.email, context.ip);
    await recordLoginAttempt(tx, { email: account.email, userId: account.id, reason: "signed_in", context });
    await recordAudit(tx, {
      workspaceId: account.workspaceId,
      actorId: account.id,
      action: "user.signed_in",
      targetType: "user",
      targetId: account.id,
      context,
    });
  });
}

/**
 * Records a right password on an account with two-factor: the sign-in is not done, so neither the
 * failure count nor the throttle moves back; a rehashed password is stored, since the password
 * was right whatever the second step brings.
 */
export async function recordSecondFactorRequired(account: SignInAccount, context: RequestContext, rehashedPassword: string | null) {
  await transactionFor({ workspaceId: account.workspaceId, userId: account.id }, async (tx) => {
    if (rehashedPassword) await tx.user.update({ where: { id: account.id }, data: { passwordHash: rehashedPassword } });
    await recordLoginAttempt(tx, { email: account.email, userId: account.id, reason: "second_factor_required", context });
  });
}
