import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/outbox";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/actor";
import { dbFor, transactionFor } from "@/lib/db";
import { ConflictError, DomainError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { isLocked } from "@/lib/security/lockout";
import { recordFailedSignIn } from "@/lib/sign-in/outcomes";
import { encryptTwoFactorSecret } from "./crypto";
import { replaceRecoveryCodes } from "./recovery-codes";
import type { ConfirmTwoFactorEnrolmentInput, DisableTwoFactorInput, RegenerateRecoveryCodesInput } from "./schemas";
import { generateTotpSecret } from "./totp";
import { acceptCurrentCode, acceptTotpCode } from "./verification";

export { resetTwoFactor } from "./reset";

const WRONG_CODE = "That code is not valid. Use a current code from your app or an unused recovery code.";

function findOwnTwoFactorState(actor: Actor) {
  return dbFor(actor).user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true, twoFactorSecret: true, twoFactorEnabledAt: true, lockedUntil: true },
  });
}

/** Starts (or restarts) the actor's enrolment with a new secret; two-factor stays off until confirmed. */
export async function startTwoFactorEnrolment(actor: Actor) {
  const secret = generateTotpSecret();
  const { count } = await dbFor(actor).user.updateMany({
    where: { id: actor.userId, twoFactorEnabledAt: null },
    data: { twoFactorSecret: encryptTwoFactorSecret(actor.userId, secret), twoFactorLastUsedStep: null },
  });
  if (count === 0) throw new ConflictError("Two-factor authentication is already on.");
}

/**
 * Turns two-factor on once the actor proves their app has the pending secret, and returns the
 * ten recovery codes, shown once. The code spent here cannot be used again to sign in.
 * Other sessions stay: adding a factor takes nothing away from them.
 */
export async function confirmTwoFactorEnrolment(actor: Actor, { code }: ConfirmTwoFactorEnrolmentInput, context: RequestContext) {
  const state = await findOwnTwoFactorState(actor);
  if (state.twoFactorEnabledAt) throw new ConflictError("Two-factor authentication is already on.");
  if (!state.twoFactorSecret) throw new ConflictError("Start the setup again: no authenticator key is waiting.");
  return transactionFor(actor, async (tx) => {
    if (!(await acceptTotpCode(tx, actor.userId, code))) {
      throw new ValidationError("That code is not valid. Check the time on your phone and try the next code.", {
        code: ["That code is not valid."],
      });
    }
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, twoFactorEnabledAt: null },
      data: { twoFactorEnabledAt: new Date() },
    });
    if (count === 0) throw new ConflictError("Two-factor authentication is already on.");
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await auditOwnChange(tx, actor, "user.two_factor_enabled", context);
    await noticeOwnChange(tx, actor, true);
    return { recoveryCodes };
  });
}

/**
 * Turns two-factor off after the password and a current code. Every session ends (a session
 * that outlives the factor it was opened with should not), this one too: the caller signs the
 * browser in again with the password it was given.
 */
export async function disableTwoFactor(actor: Actor, { password, code }: DisableTwoFactorInput, context: RequestContext) {
  const state = await findOwnTwoFactorState(actor);
  if (!state.twoFactorEnabledAt) throw new ConflictError("Two-factor authentication is already off.");
  if (!(await verifyPassword(state.passwordHash, password))) {
    throw new ValidationError("Your password is not correct.", { password: ["That is not your password."] });
  }
  await withCurrentCode(actor, code, context, state.lockedUntil, async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { twoFactorSecret: null, twoFactorEnabledAt: null, twoFactorLastUsedStep: null, sessionVersion: { increment: 1 } },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    await auditOwnChange(tx, actor, "user.two_factor_disabled", context);
    await noticeOwnChange(tx, actor, false);
  });
}

/** Replaces the actor's recovery codes after a current code or the password; the old ones stop working. */
export async function regenerateRecoveryCodes(actor: Actor, input: RegenerateRecoveryCodesInput, context: RequestContext) {
  const state = await findOwnTwoFactorState(actor);
  if (!state.twoFactorEnabledAt) throw new ConflictError("Turn on two-factor authentication first.");
  const replace = async (tx: Prisma.TransactionClient) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await auditOwnChange(tx, actor, "user.recovery_codes_regenerated", context);
    return { recoveryCodes };
  };
  if (input.method === "code") return withCurrentCode(actor, input.code, context, state.lockedUntil, replace);
  if (!(await verifyPassword(state.passwordHash, input.password))) {
    throw new ValidationError("Your password is not correct.", { password: ["That is not your password."] });
  }
  return transactionFor(actor, replace);
}

/**
 * Runs `change` in one transaction with the check of a current code. A wrong code counts toward
 * the lockout as at sign-in, so a stolen session cannot try codes without limit; while the
 * account is locked no code is checked.
 */
async function withCurrentCode<T>(
  actor: Actor,
  code: string,
  context: RequestContext,
  lockedUntil: Date | null,
  change: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  if (isLocked(lockedUntil)) {
    throw new DomainError("LOCKED", "Too many wrong codes. Wait for the lock to end, then try again.");
  }
  const account = { userId: actor.userId, workspaceId: actor.workspaceId };
  const outcome = await transactionFor(actor, async (tx) => {
    if (!(await acceptCurrentCode(tx, account, code, context))) return { accepted: false } as const;
    return { accepted: true, result: await change(tx) } as const;
  });
  if (outcome.accepted) return outcome.result;
  await recordFailedSignIn({
    email: actor.email,
    account: { id: actor.userId, email: actor.email, name: actor.name, workspaceId: actor.workspaceId },
    reason: "second_factor_failed",
    countsTowardLockout: true,
    context,
  });
  throw new ValidationError(WRONG_CODE, { code: ["That code is not valid."] });
}

/** Tells the owner, so a change made from a stolen session does not go unnoticed. */
function noticeOwnChange(tx: Prisma.TransactionClient, actor: Actor, isEnabled: boolean) {
  return enqueueEmail(tx, {
    workspaceId: actor.workspaceId,
    to: actor.email,
    template: "two-factor-changed",
    data: { name: actor.name, isEnabled, changedAt: new Date() },
  });
}

function auditOwnChange(tx: Prisma.TransactionClient, actor: Actor, action: string, context: RequestContext) {
  return recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action,
    targetType: "user",
    targetId: actor.userId,
    context,
  });
}
