import { randomInt } from "node:crypto";
import { type Challenge, solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { db } from "@/lib/test/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import { createCaptchaChallenge } from "@/lib/security/captcha";

/** A fresh documentation address (TEST-NET-3) per call, so tests never share an IP counter. */
export function uniqueIp(): string {
  return `203.0.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export function requestContext(overrides: Partial<RequestContext> = {}): RequestContext {
  return { ip: uniqueIp(), userAgent: "vitest", ...overrides };
}

/** Locks a user as the lockout would: at the threshold with a lock ending `minutes` from now. */
export function lockUser(userId: string, minutes = 15, failedLoginCount = 5) {
  return db.user.update({
    where: { id: userId },
    data: { failedLoginCount, lockedUntil: new Date(Date.now() + minutes * 60_000) },
  });
}

/** A recorded sign-in attempt; failed for an unknown email unless overridden. */
export function createLoginAttempt(overrides: Partial<Prisma.LoginAttemptUncheckedCreateInput> = {}) {
  return db.loginAttempt.create({
    data: { email: "nobody@example.com", outcome: "FAILED", reason: "unknown_email", ip: uniqueIp(), ...overrides },
  });
}

/** Fails `count` sign-ins from `ip`, enough to make the forms there ask for the proof of work. */
export async function failSignInsFrom(ip: string, count = 3) {
  for (let attempt = 0; attempt < count; attempt += 1) await createLoginAttempt({ ip });
}

/** Solves a challenge (a fresh one by default) as the browser widget would, and encodes the answer the same way. */
export async function solvedCaptchaPayload(challenge?: Challenge): Promise<string> {
  challenge ??= await createCaptchaChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("The test could not solve its own challenge.");
  const body = { challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution };
  return Buffer.from(JSON.stringify(body)).toString("base64");
}
