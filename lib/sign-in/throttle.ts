import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { consumeRateLimit, type RateLimitResult, refundRateLimit } from "@/lib/security/rate-limit";
import { getSignInRateLimits, rateLimitKey } from "@/lib/security/rate-limit-policies";

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Refused if any counter refused, with the longest wait among them. */
function decide(results: (RateLimitResult | ThrottleDecision)[]): ThrottleDecision {
  const waits = results.flatMap((result) => (result.allowed ? [] : [result.retryAfterSeconds]));
  return waits.length === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(...waits) };
}

/**
 * Counts a sign-in against its address, so one machine cannot spray many accounts. Without a
 * known address (no X-Forwarded-For) nothing is counted here, rather than one bucket for everyone.
 */
export async function throttleSignInByAddress(ip: string | null): Promise<ThrottleDecision> {
  return decide(ip ? [await consumeRateLimit(rateLimitKey.signInByIp(ip), getSignInRateLimits().perIp)] : []);
}

/**
 * Counts a sign-in against its email, known or not, so the answer says nothing about which
 * accounts exist. The password step calls it only once the proof of work (when asked for) is
 * passed: counted earlier, anyone could freeze someone's sign-in with a few free requests.
 */
export async function throttleSignInByEmail(email: string): Promise<ThrottleDecision> {
  return decide([await consumeRateLimit(rateLimitKey.signInByEmail(email), getSignInRateLimits().perEmail)]);
}

/** Both counters at once, for a step that already holds the right password (the second factor). */
export async function throttleSignIn(email: string, ip: string | null): Promise<ThrottleDecision> {
  return decide(await Promise.all([throttleSignInByEmail(email), throttleSignInByAddress(ip)]));
}

/**
 * Takes a successful sign-in back off both counters: the limits are meant for guessing, and an
 * office behind one address signs in far more often than 20 times a quarter hour.
 */
export async function refundSignInThrottle(tx: Prisma.TransactionClient, email: string, ip: string | null) {
  await refundRateLimit(rateLimitKey.signInByEmail(email), tx);
  if (ip) await refundRateLimit(rateLimitKey.signInByIp(ip), tx);
}
