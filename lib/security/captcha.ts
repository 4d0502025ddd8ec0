import "server-only";
import { hkdfSync } from "node:crypto";
import { type Challenge, createChallenge, randomInt, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { z } from "zod";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LoginOutcome } from "@/lib/generated/prisma/enums";
import {
  CAPTCHA_CHALLENGE_IP_LIMIT,
  CAPTCHA_FAILURE_WINDOW_MINUTES,
  captchaChallengeRateLimitKey,
  getCaptchaAfterFailures,
} from "./captcha-policy";
import { CAPTCHA_FIELD, CAPTCHA_REQUIRED_MESSAGE } from "./captcha-schemas";
import { enforceRateLimit, refundRateLimit } from "./rate-limit";

// PBKDF2 is the widget's built-in algorithm, run natively by WebCrypto in its workers.
const ALGORITHM = "PBKDF2/SHA-256";
// Deterministic mode: we pick the counter, so the solver must try every value up to it. Each
// try costs COST PBKDF2 rounds; 2,000-4,000 tries of 1,000 rounds take 1-2 s on one desktop
// core, which the widget spreads over its workers (about 0.5-2 s on a phone), and we verify
// with one HMAC instead of repeating the work.
const COST = 1_000;
const MIN_COUNTER = 2_000;
const MAX_COUNTER = 4_000;
const CHALLENGE_LIFETIME_MS = 10 * 60_000;
// Redeemed challenges stay on record a while past their expiry: the expiry check runs a moment
// before the insert, and a row deleted in between would let a replay through.
const REDEEMED_RETENTION_MS = 60_000;

type CaptchaSecrets = { signature: string; key: string };
let secrets: CaptchaSecrets | undefined;

// Own HKDF labels keep these keys independent of every other use of AUTH_SECRET, so no new
// secret has to be configured and none is shared with Auth.js.
function deriveSecret(info: string): string {
  const authSecret = process.env.AUTH_SECRET;
  if (!authSecret) throw new Error("AUTH_SECRET must be set to sign proof-of-work challenges.");
  return Buffer.from(hkdfSync("sha256", authSecret, "", info, 32)).toString("hex");
}

function getSecrets(): CaptchaSecrets {
  secrets ??= {
    signature: deriveSecret("triage altcha v1 challenge"),
    key: deriveSecret("triage altcha v1 key"),
  };
  return secrets;
}

/** A fresh signed challenge for the widget; it expires after ten minutes. Public: no actor. */
export async function createCaptchaChallenge(): Promise<Challenge> {
  const { signature, key } = getSecrets();
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(MAX_COUNTER, MIN_COUNTER),
    deriveKey,
    expiresAt: new Date(Date.now() + CHALLENGE_LIFETIME_MS),
    hmacSignatureSecret: signature,
    hmacKeySignatureSecret: key,
  });
}

/**
 * A challenge for a visitor at `ip`, counted against that address (RateLimitedError when over
 * CAPTCHA_CHALLENGE_IP_LIMIT). Without a known address only the solving cost limits it.
 */
export async function issueCaptchaChallenge(ip: string | null): Promise<Challenge> {
  if (ip) await enforceRateLimit(captchaChallengeRateLimitKey(ip), CAPTCHA_CHALLENGE_IP_LIMIT, "verification requests");
  return createCaptchaChallenge();
}

// Loose objects: the signature covers the parameters exactly as sent, unknown keys included.
// Expiry and key signature are required because every challenge we issue has them.
const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.literal(ALGORITHM),
      nonce: z.string(),
      salt: z.string(),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
      keySignature: z.string(),
      expiresAt: z.number(),
    }),
    signature: z.string().min(1),
  }),
  solution: z.looseObject({ counter: z.number(), derivedKey: z.string() }),
});

function parsePayload(payload: string) {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Records the challenge as used; false when it already was (a replay). */
async function redeemChallenge(signature: string, expiresAt: Date): Promise<boolean> {
  await db.usedChallenge.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - REDEEMED_RETENTION_MS) } } });
  // ON CONFLICT DO NOTHING: of two concurrent submissions of one answer exactly one inserts.
  const { count } = await db.usedChallenge.createMany({ data: [{ signature, expiresAt }], skipDuplicates: true });
  return count === 1;
}

/**
 * True for a correctly solved, unexpired challenge that we signed and that has not been used
 * before; it is then used up, and its slot in the challenge limit of `ip` is given back: the
 * limit is there against stockpiling, so only challenges fetched and never used count, and an
 * office behind one address never runs out. Malformed, tampered, expired or replayed answers
 * give false.
 */
export async function verifyCaptchaSolution(payload: string, ip: string | null): Promise<boolean> {
  const parsed = parsePayload(payload);
  if (!parsed) return false;
  const { signature, key } = getSecrets();
  const result = await verifySolution({
    challenge: parsed.challenge,
    solution: parsed.solution,
    deriveKey,
    hmacSignatureSecret: signature,
    hmacKeySignatureSecret: key,
  }).catch(() => null);
  if (!result?.verified) return false;
  if (!(await redeemChallenge(parsed.challenge.signature, new Date(parsed.challenge.parameters.expiresAt * 1000)))) return false;
  if (ip) await refundRateLimit(captchaChallengeRateLimitKey(ip));
  return true;
}

/**
 * Recent failed sign-ins matching `where`, counted no further than the threshold. Both lookups
 * use an index of login_attempts: (email, created_at DESC) or (ip, created_at DESC).
 */
async function hasReachedFailureThreshold(where: Prisma.LoginAttemptWhereInput): Promise<boolean> {
  const threshold = getCaptchaAfterFailures();
  const failures = await db.loginAttempt.count({
    where: {
      ...where,
      outcome: LoginOutcome.FAILED,
      // A password followed by a second-factor prompt is a correct password, not a guess.
      reason: { not: "second_factor_required" },
      createdAt: { gt: new Date(Date.now() - CAPTCHA_FAILURE_WINDOW_MINUTES * 60_000) },
    },
    take: threshold,
  });
  return failures >= threshold;
}

/**
 * Whether a sign-in for `email` from `ip` must carry a solved challenge: the email as typed or
 * the address has CAPTCHA_AFTER_FAILURES failed sign-ins in the last 15 minutes. Counted from
 * login_attempts, which records unknown emails too, so the answer never tells whether an
 * account exists. Public: no actor.
 */
export async function captchaRequiredForSignIn(email: string, ip: string | null): Promise<boolean> {
  const checks = await Promise.all([
    hasReachedFailureThreshold({ email }),
    ...(ip ? [hasReachedFailureThreshold({ ip })] : []),
  ]);
  return checks.some(Boolean);
}

/**
 * Whether registration or a reset request from `ip` must carry a solved challenge: the same
 * rule on the address's failed sign-ins. Without a known address there is nothing to count.
 */
export async function captchaRequiredForIp(ip: string | null): Promise<boolean> {
  return ip ? hasReachedFailureThreshold({ ip }) : false;
}

/**
 * Throws a ValidationError on field `captcha` when a check is required and the payload is
 * missing or does not verify; a verified payload is used up. Call it before the real work.
 */
export async function assertCaptchaIfRequired({
  required,
  payload,
  ip,
}: {
  required: boolean;
  payload: string | null | undefined;
  ip: string | null;
}): Promise<void> {
  if (!required) return;
  if (payload && (await verifyCaptchaSolution(payload, ip))) return;
  throw new ValidationError(CAPTCHA_REQUIRED_MESSAGE, { [CAPTCHA_FIELD]: [CAPTCHA_REQUIRED_MESSAGE] });
}
