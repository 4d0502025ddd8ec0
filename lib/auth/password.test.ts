import { describe, expect, it } from "vitest";
import { hashPassword, passwordNeedsRehash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id at OWASP parameters and a fresh salt each time", async () => {
    const first = await hashPassword("a long enough passphrase");
    const second = await hashPassword("a long enough passphrase");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it("accepts the right password and rejects a wrong one", async () => {
    const stored = await hashPassword("a long enough passphrase");
    expect(await verifyPassword(stored, "a long enough passphrase")).toBe(true);
    expect(await verifyPassword(stored, "a long enough passphrasE")).toBe(false);
  });

  it("rejects when there is no stored hash, and a malformed hash, without throwing", async () => {
    expect(await verifyPassword(null, "anything at all")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything at all")).toBe(false);
  });
});

describe("password pepper and parameters", () => {
  it("binds hashes to the pepper: the same hash fails under another pepper", async () => {
    const stored = await hashPassword("a long enough passphrase");
    const original = process.env.PASSWORD_PEPPER;
    process.env.PASSWORD_PEPPER = "another-pepper-that-is-also-32-characters";
    try {
      expect(await verifyPassword(stored, "a long enough passphrase")).toBe(false);
    } finally {
      process.env.PASSWORD_PEPPER = original;
    }
  });

  it("asks for a rehash only when the hash's parameters differ from today's", async () => {
    expect(passwordNeedsRehash(await hashPassword("a long enough passphrase"))).toBe(false);
    expect(passwordNeedsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA")).toBe(true);
    expect(passwordNeedsRehash("$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA")).toBe(true);
  });
});
