import { db } from "@/lib/test/db";
import { encryptTwoFactorSecret } from "./crypto";
import { replaceRecoveryCodes } from "./recovery-codes";
import { generateTotpCode, generateTotpSecret, TOTP_PERIOD_SECONDS } from "./totp";

/** Turns two-factor on for a test user as enrolment would; returns the secret and recovery codes. */
export async function enableTwoFactorFor(userId: string) {
  const secret = generateTotpSecret();
  const recoveryCodes = await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { twoFactorSecret: encryptTwoFactorSecret(userId, secret), twoFactorEnabledAt: new Date(), twoFactorLastUsedStep: null },
    });
    return replaceRecoveryCodes(tx, userId);
  });
  return { secret, recoveryCodes };
}

/** A six-digit code that matches none of the steps the window accepts around now. */
export function wrongCodeFor(secret: string): string {
  const accepted = new Set([-1, 0, 1].map((offset) => generateTotpCode(secret, Date.now() + offset * TOTP_PERIOD_SECONDS * 1000)));
  let candidate = 0;
  while (accepted.has(String(candidate).padStart(6, "0"))) candidate += 1;
  return String(candidate).padStart(6, "0");
}
