import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, looksLikeApiToken } from "./tokens";

const TOKEN_FORMAT = /^trg_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}$/;

describe("generating an API token", () => {
  it("has the trg_<8>_<43> base62 format", () => {
    expect(generateApiToken().token).toMatch(TOKEN_FORMAT);
  });

  it("never repeats a token, a prefix or a hash over a thousand tokens", () => {
    const generated = Array.from({ length: 1000 }, generateApiToken);
    expect(new Set(generated.map(({ token }) => token)).size).toBe(1000);
    expect(new Set(generated.map(({ prefix }) => prefix)).size).toBe(1000);
    expect(new Set(generated.map(({ secretHash }) => secretHash)).size).toBe(1000);
  });

  it("takes the token's first 12 characters, trg_ and 8 more, as its prefix", () => {
    const { token, prefix } = generateApiToken();
    expect(prefix).toHaveLength(12);
    expect(token.startsWith(prefix)).toBe(true);
    expect(prefix).toMatch(/^trg_[0-9A-Za-z]{8}$/);
  });

  it("stores the token's SHA-256 as lowercase hex", () => {
    const { token, secretHash } = generateApiToken();
    expect(secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(secretHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashApiToken(token)).toBe(secretHash);
  });
});

describe("recognising a token's shape", () => {
  it("accepts generated tokens", () => {
    for (let index = 0; index < 100; index++) expect(looksLikeApiToken(generateApiToken().token)).toBe(true);
  });

  it.each([
    ["another product's prefix", (token: string) => token.replace(/^trg_/, "trx_")],
    ["an upper-case prefix", (token: string) => token.replace(/^trg_/, "TRG_")],
    ["one character short", (token: string) => token.slice(0, -1)],
    ["one character long", (token: string) => `${token}a`],
    ["a character outside base62", (token: string) => `${token.slice(0, -1)}-`],
    ["a missing separator", (token: string) => token.slice(0, 12) + token.slice(13)],
    ["surrounding whitespace", (token: string) => ` ${token} `],
    ["the prefix alone", (token: string) => token.slice(0, 12)],
    ["a Bearer header's whole value", (token: string) => `Bearer ${token}`],
  ])("rejects %s", (_case, mangle) => {
    expect(looksLikeApiToken(mangle(generateApiToken().token))).toBe(false);
  });
});
