import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { decryptTwoFactorSecret } from "./crypto";
import { consumeRecoveryCode } from "./recovery-codes";
import { isTotpCode } from "./schemas";
import { matchTotpStep } from "./totp";

/** Whose code is checked, and the workspace a recovery code's audit entry goes to. */
export type SecondFactorAccount = { userId: string; workspaceId: string | null };

/**
 * Accepts a code from the user's authenticator app at most once. The step it belongs to is
 * stored in the same statement that checks it is newer than the last one used, so of two
 * parallel uses of one code only one updates the row; the secret in the `where` makes a
 * concurrent restart of the enrolment fail the code instead of pairing it with the new secret.
 */
export async function acceptTotpCode(tx: Prisma.TransactionClient, userId: string, code: string, now = Date.now()) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { twoFactorSecret: true } });
  if (!user?.twoFactorSecret) return false;
  const step = matchTotpStep(decryptTwoFactorSecret(userId, user.twoFactorSecret), code, now);
  if (step === null) return false;
  const { count } = await tx.user.updateMany({
    where: {
      id: userId,
      twoFactorSecret: user.twoFactorSecret,
      OR: [{ twoFactorLastUsedStep: null }, { twoFactorLastUsedStep: { lt: step } }],
    },
    data: { twoFactorLastUsedStep: step },
  });
  return count === 1;
}

/**
 * Accepts a normalised current code of either kind for a user with two-factor on. A recovery
 * code is spent and its use audited in the caller's transaction, so a rollback un-spends it.
 */
export async function acceptCurrentCode(
  tx: Prisma.TransactionClient,
  account: SecondFactorAccount,
  code: string,
  context?: RequestContext,
): Promise<"totp" | "recovery" | null> {
  if (isTotpCode(code)) return (await acceptTotpCode(tx, account.userId, code)) ? "totp" : null;
  if (!(await consumeRecoveryCode(tx, account.userId, code))) return null;
  const remaining = await tx.recoveryCode.count({ where: { userId: account.userId, usedAt: null } });
  await recordAudit(tx, {
    workspaceId: account.workspaceId,
    actorId: account.userId,
    action: "user.recovery_code_used",
    targetType: "user",
    targetId: account.userId,
    metadata: { remaining },
    context,
  });
  return "recovery";
}
