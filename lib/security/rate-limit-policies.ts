import "server-only";
import type { RateLimitPolicy } from "./rate-limit";
import { positiveIntegerFromEnv } from "./env";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

function policyFromEnv(limitName: string, windowName: string, limit: number, windowMinutes: number): RateLimitPolicy {
  return {
    limit: positiveIntegerFromEnv(limitName, limit),
    windowSeconds: positiveIntegerFromEnv(windowName, windowMinutes) * MINUTE,
  };
}

let signInPolicies: { perIp: RateLimitPolicy; perEmail: RateLimitPolicy } | undefined;

/**
 * Sign-in throttling, read from the environment once. Per address it stops one machine from
 * spraying many accounts; per email it caps a distributed guess at one account, and applies to
 * unknown emails alike so that the throttle says nothing about which accounts exist.
 */
export function getSignInRateLimits() {
  signInPolicies ??= {
    perIp: policyFromEnv("SIGN_IN_IP_LIMIT", "SIGN_IN_IP_WINDOW_MINUTES", 20, 15),
    perEmail: policyFromEnv("SIGN_IN_EMAIL_LIMIT", "SIGN_IN_EMAIL_WINDOW_MINUTES", 10, 15),
  };
  return signInPolicies;
}

/** For the registration, verification-resend and password-reset endpoints (per address). */
export const REGISTRATION_IP_LIMIT: RateLimitPolicy = { limit: 10, windowSeconds: HOUR };
export const VERIFICATION_RESEND_IP_LIMIT: RateLimitPolicy = { limit: 5, windowSeconds: 15 * MINUTE };
export const PASSWORD_RESET_IP_LIMIT: RateLimitPolicy = { limit: 5, windowSeconds: 15 * MINUTE };
/** Per target email, so one inbox cannot be flooded from many addresses. */
export const EMAIL_SENDING_PER_ADDRESS_LIMIT: RateLimitPolicy = { limit: 3, windowSeconds: 15 * MINUTE };

/**
 * Tokens one member may get from `POST /api/v1/auth/token` per hour. A success gives its sign-in
 * attempt back to the throttles, so without this a right password could mint tokens in a loop;
 * a script signs in once and uses its token for the hour.
 */
export const TOKEN_EXCHANGE_PER_MEMBER_LIMIT: RateLimitPolicy = { limit: 20, windowSeconds: HOUR };

/**
 * Workspaces one person may create per day, whatever the instance setting allows: enough for
 * anyone setting up desks by hand, too few to fill the instance with thousands.
 */
export const WORKSPACE_CREATION_PER_USER_LIMIT: RateLimitPolicy = { limit: 10, windowSeconds: 24 * HOUR };

/** Rate-limit keys: one namespace per endpoint, so policies never share a counter. */
export const rateLimitKey = {
  signInByIp: (ip: string) => `sign-in:ip:${ip}`,
  signInByEmail: (email: string) => `sign-in:email:${email.toLowerCase()}`,
  registrationByIp: (ip: string) => `register:ip:${ip}`,
  verificationResendByIp: (ip: string) => `verify-resend:ip:${ip}`,
  passwordResetByIp: (ip: string) => `password-reset:ip:${ip}`,
  emailSendingTo: (email: string) => `email-to:${email.toLowerCase()}`,
  tokenExchangeByUser: (userId: string) => `token-exchange:user:${userId}`,
  workspaceCreationByUser: (userId: string) => `workspace-create:user:${userId}`,
} as const;
