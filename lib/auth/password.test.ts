import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

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
