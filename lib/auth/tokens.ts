import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AuthTokenPurpose } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/** How long an emailed token works, per purpose. */
export const TOKEN_LIFETIME_MINUTES: Record<AuthTokenPurpose, number> = {
  EMAIL_VERIFICATION: 24 * 60,
  PASSWORD_RESET: 60,
};

/** 32 random bytes, base64url: what goes into the emailed link, and nowhere else. */
export const newRawToken = () => randomBytes(32).toString("base64url");

/**
 * Only the SHA-256 is stored: the token already carries 256 bits of entropy, so a slow hash adds
 * nothing, and a leaked table cannot be turned back into working links.
 */
export const hashToken = (rawToken: string) => createHash("sha256").update(rawToken).digest("hex");

/**
 * Issues a single-use token for `purpose` and returns the raw value for the email. Earlier
 * unused tokens of the same purpose die with it, so only the newest link ever works.
 */
export async function issueAuthToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: AuthTokenPurpose,
  now = new Date(),
): Promise<{ rawToken: string; expiresAt: Date }> {
  const rawToken = newRawToken();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[purpose] * 60_000);
  await tx.authToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  await tx.authToken.create({ data: { userId, purpose, tokenHash: hashToken(rawToken), expiresAt } });
  return { rawToken, expiresAt };
}

/**
 * Spends a token: marks it used and returns its user id, or null when the token is unknown,
 * already used or expired. The conditional update makes two concurrent uses spend it once.
 * Call it inside the transaction of the change the token authorises, so a failed change leaves
 * the token usable.
 */
export async function consumeAuthToken(
  tx: Prisma.TransactionClient,
  rawToken: string,
  purpose: AuthTokenPurpose,
  now = new Date(),
): Promise<string | null> {
  const tokenHash = hashToken(rawToken);
  const { count } = await tx.authToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 0) return null;
  const token = await tx.authToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
  return token.userId;
}

/** Whether a token would be accepted now, without spending it (to show the form or an error). */
export async function isAuthTokenUsable(
  client: Prisma.TransactionClient,
  rawToken: string,
  purpose: AuthTokenPurpose,
  now = new Date(),
): Promise<boolean> {
  const token = await client.authToken.findFirst({
    where: { tokenHash: hashToken(rawToken), purpose, usedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  return token !== null;
}
