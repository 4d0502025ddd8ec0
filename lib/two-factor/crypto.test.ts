import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptTwoFactorSecret, deriveKey, encryptTwoFactorSecret, seal, unseal } from "./crypto";
import { openPendingSignIn, PENDING_SIGN_IN_SECONDS, sealPendingSignIn } from "@/lib/sign-in/pending-second-step";

const key = deriveKey("a test secret that is long enough to use", "test label");

function flipCharacter(text: string, index: number) {
  const replacement = text[index] === "A" ? "B" : "A";
  return `${text.slice(0, index)}${replacement}${text.slice(index + 1)}`;
}

describe("sealing with AES-256-GCM", () => {
  it("round-trips, in the versioned v1.<iv>.<tag>.<ciphertext> form, with a fresh IV each time", () => {
    const sealed = seal(key, "JBSWY3DPEHPK3PXP", "user:1");
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(seal(key, "JBSWY3DPEHPK3PXP", "user:1")).not.toBe(sealed);
    expect(unseal(key, sealed, "user:1")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses a tampered IV, tag or ciphertext, another key, other associated data and other versions", () => {
    const sealed = seal(key, "JBSWY3DPEHPK3PXP", "user:1");
    const [, iv = "", tag = "", ciphertext = ""] = sealed.split(".");
    expect(unseal(key, `v1.${flipCharacter(iv, 0)}.${tag}.${ciphertext}`, "user:1")).toBeNull();
    expect(unseal(key, `v1.${iv}.${flipCharacter(tag, 0)}.${ciphertext}`, "user:1")).toBeNull();
    expect(unseal(key, `v1.${iv}.${tag}.${flipCharacter(ciphertext, 0)}`, "user:1")).toBeNull();
    expect(unseal(deriveKey("another secret that is long enough to use", "test label"), sealed, "user:1")).toBeNull();
    expect(unseal(deriveKey("a test secret that is long enough to use", "other label"), sealed, "user:1")).toBeNull();
    expect(unseal(key, sealed, "user:2")).toBeNull();
    expect(unseal(key, sealed.replace(/^v1/, "v2"), "user:1")).toBeNull();
    expect(unseal(key, "not sealed at all", "user:1")).toBeNull();
  });
});

describe("two-factor secrets at rest", () => {
  it("decrypt for their own user only", () => {
    const [userId, otherUserId] = [randomUUID(), randomUUID()];
    const stored = encryptTwoFactorSecret(userId, "JBSWY3DPEHPK3PXP");
    expect(stored).not.toContain("JBSWY3DPEHPK3PXP");
    expect(decryptTwoFactorSecret(userId, stored)).toBe("JBSWY3DPEHPK3PXP");
    expect(() => decryptTwoFactorSecret(otherUserId, stored)).toThrow(/cannot be decrypted/);
  });
});

describe("the pending sign-in cookie", () => {
  const pending = { userId: randomUUID(), sessionVersion: 3 };

  it("opens within five minutes and not after", () => {
    const now = Date.now();
    const value = sealPendingSignIn(pending, now);
    expect(openPendingSignIn(value, now + 60_000)).toEqual(pending);
    expect(openPendingSignIn(value, now + PENDING_SIGN_IN_SECONDS * 1000 + 1)).toBeNull();
  });

  it("refuses a missing, forged or tampered value", () => {
    const value = sealPendingSignIn(pending);
    expect(openPendingSignIn(undefined)).toBeNull();
    expect(openPendingSignIn(flipCharacter(value, value.length - 2))).toBeNull();
    expect(openPendingSignIn(seal(key, JSON.stringify({ ...pending, expiresAt: Date.now() + 60_000 }), "triage.two-factor"))).toBeNull();
  });
});
