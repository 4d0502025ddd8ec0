import "server-only";
import { db, transactionFor } from "@/lib/db";
import { firstWorkspaceId } from "@/lib/members/first-workspace";
import type { RequestContext } from "@/lib/request-context";
import { isLocked } from "@/lib/security/lockout";
import { recordLoginAttempt } from "@/lib/security/login-attempts";
import type { SecondFactorProof } from "@/lib/two-factor/schemas";
import { acceptCurrentCode } from "@/lib/two-factor/verification";
import { type PendingSecondFactor, type SignInResult, secondsUntil } from "./credentials";
import { recordFailedSignIn, recordSuccessfulSignIn } from "./outcomes";
import { throttleSignIn } from "./throttle";

async function findPendingUser(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      lockedUntil: true,
      sessionVersion: true,
      twoFactorEnabledAt: true,
    },
  });
  return user && { ...user, workspaceId: await firstWorkspaceId(user.id) };
}

/**
 * The second sign-in step, for whoever passed the password step (`pending`, from the encrypted
 * cookie) or null when that state is missing or lapsed. It is throttled like the first step and
 * a wrong code counts toward the lockout like a wrong password. A pending state made before the
 * account changed (password changed, two-factor reset, disabled) is treated as lapsed.
 */
export async function verifySecondSignInStep(
  pending: PendingSecondFactor | null,
  proof: SecondFactorProof,
  context: RequestContext,
): Promise<SignInResult> {
  const user = pending && (await findPendingUser(pending.userId));
  const workspaceId = user?.workspaceId ?? null;
  if (!pending || !user || !workspaceId || user.disabledAt || !user.twoFactorEnabledAt || user.sessionVersion !== pending.sessionVersion) {
    if (user) await recordLoginAttempt(db, { email: user.email, userId: user.id, reason: "second_factor_expired", context });
    return { ok: false, reason: "two_factor_expired" };
  }
  const account = { id: user.id, email: user.email, name: user.name, workspaceId };

  const throttle = await throttleSignIn(user.email, context.ip);
  if (!throttle.allowed) {
    await recordLoginAttempt(db, { email: user.email, userId: user.id, reason: "throttled", context });
    return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
  }
  if (isLocked(user.lockedUntil)) {
    await recordFailedSignIn({ email: user.email, account, reason: "locked", countsTowardLockout: false, context });
    return { ok: false, reason: "locked", retryAfterSeconds: secondsUntil(user.lockedUntil) };
  }

  const code = "code" in proof ? proof.code : proof.recoveryCode;
  const isAccepted = await transactionFor({ workspaceId, userId: user.id }, async (tx) => (await acceptCurrentCode(tx, { userId: user.id, workspaceId }, code, context)) !== null);
  if (!isAccepted) {
    const count = await recordFailedSignIn({ email: user.email, account, reason: "second_factor_failed", countsTowardLockout: true, context });
    if (count?.hasJustLocked && count.lockedUntil) {
      return { ok: false, reason: "locked", retryAfterSeconds: secondsUntil(count.lockedUntil) };
    }
    return { ok: false, reason: "invalid_two_factor_code" };
  }
  await recordSuccessfulSignIn(account, context, null);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, workspaceId, sessionVersion: user.sessionVersion },
  };
}
