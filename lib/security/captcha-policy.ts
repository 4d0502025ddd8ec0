import "server-only";
import { positiveIntegerFromEnv } from "./env";
import type { RateLimitPolicy } from "./rate-limit";

/**
 * Challenges fetched and not used, per address per quarter hour: an accepted answer gives its
 * slot back (verifyCaptchaSolution). Each one costs us an HMAC and the visitor a second of work;
 * a person leaves at most a handful unused, so this only stops one machine from stockpiling them.
 */
export const CAPTCHA_CHALLENGE_IP_LIMIT: RateLimitPolicy = { limit: 30, windowSeconds: 15 * 60 };

export const captchaChallengeRateLimitKey = (ip: string) => `captcha-challenge:ip:${ip}`;

/** Failed sign-ins older than this no longer count towards asking for the check. */
export const CAPTCHA_FAILURE_WINDOW_MINUTES = 15;

let afterFailures: number | undefined;

/** CAPTCHA_AFTER_FAILURES (default 3): failed sign-ins, per email or address, before the check. */
export function getCaptchaAfterFailures(): number {
  afterFailures ??= positiveIntegerFromEnv("CAPTCHA_AFTER_FAILURES", 3);
  return afterFailures;
}
