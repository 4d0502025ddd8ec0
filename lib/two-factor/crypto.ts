import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A 256-bit key for one purpose: its own HKDF label keeps it independent of every other use. */
export function deriveKey(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", info, 32));
}

/**
 * AES-256-GCM, stored as `v1.<iv>.<tag>.<ciphertext>` in base64url. The associated data binds
 * the ciphertext to its place (a user id, a cookie name): copied elsewhere it no longer opens.
 */
export function seal(key: Buffer, plaintext: string, associatedData: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plaintext, or null for anything tampered with, truncated, or sealed with another key. */
export function unseal(key: Buffer, sealed: string, associatedData: string): string | null {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length > 0) return null;
  try {
    const ivBytes = Buffer.from(iv, "base64url");
    const tagBytes = Buffer.from(tag, "base64url");
    if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) return null;
    const decipher = createDecipheriv("aes-256-gcm", key, ivBytes, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData));
    decipher.setAuthTag(tagBytes);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

let secretKey: Buffer | undefined;

function getSecretKey(): Buffer {
  const material = process.env.TWO_FACTOR_ENCRYPTION_KEY;
  if (!material) throw new Error("TWO_FACTOR_ENCRYPTION_KEY must be set to encrypt two-factor secrets.");
  secretKey ??= deriveKey(material, "triage two-factor secret v1");
  return secretKey;
}

/** Encrypts a user's TOTP secret for storage; bound to the user, so it cannot be moved to another. */
export function encryptTwoFactorSecret(userId: string, secret: string): string {
  return seal(getSecretKey(), secret, `user:${userId}`);
}

/** Decrypts a stored TOTP secret; a secret that does not open is a server fault, not a wrong code. */
export function decryptTwoFactorSecret(userId: string, stored: string): string {
  const secret = unseal(getSecretKey(), stored, `user:${userId}`);
  if (secret === null) throw new Error(`The two-factor secret of user ${userId} cannot be decrypted.`);
  return secret;
}
