import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { deriveKey, seal, unseal } from "@/lib/two-factor/crypto";

/** Between the password and the second factor: who passed the first step, and when it lapses. */
export type PendingSignIn = { userId: string; sessionVersion: number };

export const PENDING_SIGN_IN_SECONDS = 5 * 60;
const INSECURE_NAME = "triage.two-factor";
const SECURE_NAME = "__Host-triage.two-factor";

const payloadSchema = z.object({ userId: z.uuid(), sessionVersion: z.number().int(), expiresAt: z.number() });

let key: Buffer | undefined;

// Its own HKDF label keeps this key independent of the one Auth.js derives from the same secret.
function getKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET must be set to protect the two-factor sign-in step.");
  key ??= deriveKey(secret, "triage two-factor pending sign-in v1");
  return key;
}

const cookieName = (isSecure: boolean) => (isSecure ? SECURE_NAME : INSECURE_NAME);

/**
 * The encrypted cookie value. It carries the session version, so a password change or reset
 * made in the meantime voids the pending step; the cookie's own expiry is not trusted.
 */
export function sealPendingSignIn(pending: PendingSignIn, now = Date.now()): string {
  const payload = { ...pending, expiresAt: now + PENDING_SIGN_IN_SECONDS * 1000 };
  return seal(getKey(), JSON.stringify(payload), INSECURE_NAME);
}

/** The pending sign-in, or null when the value is missing, forged or expired. */
export function openPendingSignIn(value: string | undefined, now = Date.now()): PendingSignIn | null {
  if (!value) return null;
  const json = unseal(getKey(), value, INSECURE_NAME);
  if (json === null) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success || parsed.data.expiresAt <= now) return null;
  return { userId: parsed.data.userId, sessionVersion: parsed.data.sessionVersion };
}

/** Sets the pending step's cookie; HttpOnly and Lax, and `__Host-` with Secure over https. */
export async function setPendingSignInCookie(pending: PendingSignIn, isSecure: boolean) {
  (await cookies()).set(cookieName(isSecure), sealPendingSignIn(pending), {
    httpOnly: true,
    sameSite: "lax",
    secure: isSecure,
    path: "/",
    maxAge: PENDING_SIGN_IN_SECONDS,
  });
}

export async function readPendingSignInCookie(isSecure: boolean): Promise<PendingSignIn | null> {
  return openPendingSignIn((await cookies()).get(cookieName(isSecure))?.value);
}

/**
 * Deletes the cookie under either name, so "start over" needs no idea of the protocol; a
 * `__Host-` cookie is only deleted with its path and Secure flag.
 */
export async function clearPendingSignInCookie() {
  const store = await cookies();
  for (const isSecure of [true, false]) {
    if (store.has(cookieName(isSecure))) store.delete({ name: cookieName(isSecure), path: "/", secure: isSecure });
  }
}
