import "server-only";
import { hashPassword, passwordNeedsRehash, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { firstWorkspaceId } from "@/lib/members/first-workspace";
import type { RequestContext } from "@/lib/request-context";
import { captchaRequiredForSignIn, verifyCaptchaSolution } from "@/lib/security/captcha";
import { isLocked } from "@/lib/security/lockout";
import { recordLoginAttempt } from "@/lib/security/login-attempts";
import type { SignInFailureReason } from "@/lib/security/sign-in-reasons";
import { recordFailedSignIn, recordSecondFactorRequired, recordSuccessfulSignIn } from "./outcomes";
import type { SignInInput } from "./schemas";
import { throttleSignInByAddress, throttleSignInByEmail } from "./throttle";

/** What the session token carries: identifiers only, never roles or secrets. */
export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  workspaceId: string;
  sessionVersion: number;
};

/** Who passed the password step and still owes a second factor (see pending-second-step.ts). */
export type PendingSecondFactor = { userId: string; sessionVersion: number };

/**
 * The answer for the caller. `invalid_credentials` covers every reason that must not reveal
 * whether an account exists (unknown email, wrong password, disabled, no workspace); the exact
 * reason goes to login_attempts only. The others follow the right password (or a pending second
 * step), so they tell nothing to someone who does not already hold it.
 */
export type SignInResult =
  | { ok: true; user: AuthenticatedUser }
  | {
      ok: false;
      reason: "invalid_credentials" | "email_unverified" | "invalid_two_factor_code" | "two_factor_expired" | "captcha_required";
    }
  | { ok: false; reason: "two_factor_required"; pending: PendingSecondFactor }
  | { ok: false; reason: "locked" | "throttled"; retryAfterSeconds: number };

const INVALID_CREDENTIALS = { ok: false, reason: "invalid_credentials" } as const;

async function findSignInCandidate(email: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      passwordHash: true,
      emailVerifiedAt: true,
      twoFactorEnabledAt: true,
      disabledAt: true,
      lockedUntil: true,
      sessionVersion: true,
    },
  });
  return user && { ...user, workspaceId: await firstWorkspaceId(user.id) };
}
type SignInCandidate = NonNullable<Awaited<ReturnType<typeof findSignInCandidate>>>;

/**
 * Why a known account may not sign in, checked after the password so that every path spends one
 * hash. Only `locked` (with the right password) and `unverified` are told to the user.
 */
function refusalReason(user: SignInCandidate, isPasswordCorrect: boolean): SignInFailureReason | null {
  if (isLocked(user.lockedUntil)) return "locked";
  if (!isPasswordCorrect) return "wrong_password";
  if (user.disabledAt) return "disabled";
  if (!user.workspaceId) return "no_workspace";
  if (!user.emailVerifiedAt) return "unverified";
  return null;
}

/**
 * Checks an email and password: address throttle → proof of work when required → email
 * throttle → lookup → one password hash whatever happens → account checks → the attempt
 * recorded with its counters. Failures look alike to the caller except a few. Throttling applies to every email alike. A lock or an unverified email is
 * reported only after the right password: reporting it for any attempt would tell an attacker
 * which emails have accounts, while whoever knows the password learns nothing new by it; a wrong
 * password on a locked account gets the generic answer and does not extend the lock. With
 * two-factor on, the right password only opens the second step: no success is recorded and the
 * failure count stays, so guessing codes runs into the same lockout as guessing passwords.
 */
export async function verifyCredentials(
  { email, password, captcha }: Pick<SignInInput, "email" | "password" | "captcha">,
  context: RequestContext,
): Promise<SignInResult> {
  const [byAddress, user] = await Promise.all([throttleSignInByAddress(context.ip), findSignInCandidate(email)]);
  const account = user && {
    id: user.id,
    email: user.email,
    name: user.name,
    workspaceId: user.workspaceId,
  };
  const refuseAsThrottled = async ({ retryAfterSeconds }: { retryAfterSeconds: number }): Promise<SignInResult> => {
    await recordLoginAttempt(db, { email, userId: user?.id ?? null, reason: "throttled", context });
    return { ok: false, reason: "throttled", retryAfterSeconds };
  };
  if (!byAddress.allowed) return refuseAsThrottled(byAddress);
  // After repeated failures for this email or address, a solved proof of work comes first. The
  // rule counts attempts by the email as typed, so it applies to unknown emails alike.
  if (!(await passesCaptchaCheck(email, context.ip, captcha))) {
    await recordLoginAttempt(db, { email, userId: user?.id ?? null, reason: "captcha_failed", context });
    return { ok: false, reason: "captcha_required" };
  }
  // Only now, so that throttling someone else's email takes solved proofs of work, not requests.
  const byEmail = await throttleSignInByEmail(email);
  if (!byEmail.allowed) return refuseAsThrottled(byEmail);

  const isPasswordCorrect = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !account) {
    await recordFailedSignIn({ email, account: null, reason: "unknown_email", countsTowardLockout: false, context });
    return INVALID_CREDENTIALS;
  }
  const { workspaceId } = account;
  const refusal = refusalReason(user, isPasswordCorrect);
  if (refusal || !workspaceId) {
    const reason = refusal ?? "no_workspace";
    await recordFailedSignIn({ email, account, reason, countsTowardLockout: reason === "wrong_password", context });
    if (reason === "locked" && isPasswordCorrect && user.lockedUntil) {
      return { ok: false, reason: "locked", retryAfterSeconds: secondsUntil(user.lockedUntil) };
    }
    return reason === "unverified" ? { ok: false, reason: "email_unverified" } : INVALID_CREDENTIALS;
  }

  const rehashed = user.passwordHash && passwordNeedsRehash(user.passwordHash) ? await hashPassword(password) : null;
  if (user.twoFactorEnabledAt) {
    await recordSecondFactorRequired(account, context, rehashed);
    return { ok: false, reason: "two_factor_required", pending: { userId: user.id, sessionVersion: user.sessionVersion } };
  }
  await recordSuccessfulSignIn({ ...account, workspaceId }, context, rehashed);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, workspaceId, sessionVersion: user.sessionVersion },
  };
}

async function passesCaptchaCheck(email: string, ip: string | null, payload: string | undefined): Promise<boolean> {
  if (!(await captchaRequiredForSignIn(email, ip))) return true;
  return Boolean(payload) && (await verifyCaptchaSolution(payload ?? "", ip));
}

export function secondsUntil(date: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));
}
