import "server-only";
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = "Triage";

function totpFor(secret: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random 160-bit secret in base32, the form authenticator apps take. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function buildOtpauthUri(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

/** The secret in groups of four, for typing it in by hand. */
export function formatSecretForReading(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

/** The time step a timestamp falls in. */
export function totpStepAt(timestampMs: number): bigint {
  return BigInt(Math.floor(timestampMs / 1000 / TOTP_PERIOD_SECONDS));
}

/**
 * The time step a code belongs to, or null. One step of drift either way is accepted, for clocks
 * a little off and codes typed just as they change; the caller makes each step usable once.
 */
export function matchTotpStep(secret: string, code: string, timestampMs = Date.now()): bigint | null {
  const delta = totpFor(secret).validate({ token: code, timestamp: timestampMs, window: 1 });
  return delta === null ? null : totpStepAt(timestampMs) + BigInt(delta);
}

/** The code for a timestamp; for tests and nothing else in the app. */
export function generateTotpCode(secret: string, timestampMs = Date.now()): string {
  return totpFor(secret).generate({ timestamp: timestampMs });
}
