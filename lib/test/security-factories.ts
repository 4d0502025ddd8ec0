import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";

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
