import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { consumeRateLimit, refundRateLimit } from "./rate-limit";
import { getSignInRateLimits, rateLimitKey } from "./rate-limit-policies";

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts a sign-in against its address and its email. Both counters move on every attempt, so
 * the answer is the same whether or not the email has an account. Without a known address
 * (no X-Forwarded-For) only the email limit applies, rather than one bucket for everyone.
 */
export async function throttleSignIn(email: string, ip: string | null): Promise<ThrottleDecision> {
  const { perIp, perEmail } = getSignInRateLimits();
  const results = await Promise.all([
    consumeRateLimit(rateLimitKey.signInByEmail(email), perEmail),
    ...(ip ? [consumeRateLimit(rateLimitKey.signInByIp(ip), perIp)] : []),
  ]);
  const refused = results.filter((result) => !result.allowed);
  if (refused.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((result) => result.retryAfterSeconds)) };
}

/**
 * Takes a successful sign-in back off both counters: the limits are meant for guessing, and an
 * office behind one address signs in far more often than 20 times a quarter hour.
 */
export async function refundSignInThrottle(tx: Prisma.TransactionClient, email: string, ip: string | null) {
  await refundRateLimit(rateLimitKey.signInByEmail(email), tx);
  if (ip) await refundRateLimit(rateLimitKey.signInByIp(ip), tx);
}
