import "server-only";
import { createHash, randomInt } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RECOVERY_CODE_ALPHABET, RECOVERY_CODE_LENGTH } from "./schemas";

export const RECOVERY_CODE_COUNT = 10;

/** `xxxxx-xxxxx`: 50 random bits, far beyond guessing within the lockout's limits. */
function generateRecoveryCode(): string {
  const characters = Array.from({ length: RECOVERY_CODE_LENGTH }, () => RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)]);
  return `${characters.slice(0, 5).join("")}-${characters.slice(5).join("")}`;
}

/**
 * A fast hash is enough: the codes are random and long, so unlike passwords there is no
 * dictionary to try against a leaked hash. Takes the normalised code (see schemas.ts).
 */
export function hashRecoveryCode(normalizedCode: string): string {
  return createHash("sha256").update(normalizedCode.replace(/-/g, "")).digest("hex");
}

/** Replaces every recovery code of a user with ten new ones; returns them for showing once. */
export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/**
 * Marks an unused recovery code as used, in one statement: of two parallel uses of one code, the
 * second finds it used. Returns whether the code was valid and unused.
 */
export async function consumeRecoveryCode(tx: Prisma.TransactionClient, userId: string, normalizedCode: string): Promise<boolean> {
  const { count } = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(normalizedCode), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}
