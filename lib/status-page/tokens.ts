import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { hashToken } from "@/lib/auth/tokens";

let unsubscribeKey: Buffer | undefined;

// Its own HKDF label keeps this key apart from every other use of AUTH_SECRET (see
// lib/security/captcha.ts), so no new secret has to be configured.
function getUnsubscribeKey(): Buffer {
  if (!unsubscribeKey) {
    const authSecret = process.env.AUTH_SECRET;
    if (!authSecret) throw new Error("AUTH_SECRET must be set to sign status page unsubscribe links.");
    unsubscribeKey = Buffer.from(hkdfSync("sha256", authSecret, "", "triage status page unsubscribe v1", 32));
  }
  return unsubscribeKey;
}

/**
 * A subscriber's unsubscribe token: derived from their id, so every update email can carry it
 * again without the raw value being stored; only its hash is (like every emailed token).
 */
export function unsubscribeTokenFor(subscriberId: string): string {
  return createHmac("sha256", getUnsubscribeKey()).update(subscriberId).digest("base64url");
}

export const unsubscribeTokenHashFor = (subscriberId: string) => hashToken(unsubscribeTokenFor(subscriberId));

export const statusPagePath = (slug: string, path = "") => `/status/${encodeURIComponent(slug)}${path}`;

export const unsubscribePath = (slug: string, subscriberId: string) =>
  statusPagePath(slug, `/unsubscribe?token=${encodeURIComponent(unsubscribeTokenFor(subscriberId))}`);
