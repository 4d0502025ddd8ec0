import { randomInt } from "node:crypto";
import { hashToken } from "@/lib/auth/tokens";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const TOKEN = /^trg_([0-9A-Za-z]{8})_([0-9A-Za-z]{43})$/;

/** Uniformly random base62 characters. */
const randomBase62 = (length: number) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");

type NewApiToken = { token: string; prefix: string; secretHash: string };

/**
 * A new token, `trg_<8 characters>_<43 characters>`: 51 base62 characters (about 300 bits) of
 * randomness. The prefix (`trg_` and the first 8) is stored in clear so people can tell keys
 * apart; the rest is only ever stored as part of the hash.
 */
export function generateApiToken(): NewApiToken {
  const token = `trg_${randomBase62(8)}_${randomBase62(43)}`;
  return { token, prefix: token.slice(0, 12), secretHash: hashApiToken(token) };
}

/** SHA-256 of the token, as for emailed tokens: a fast hash is enough for a secret this random. */
export const hashApiToken = hashToken;

/** Whether a string has a token's shape at all (checked before any database lookup). */
export function looksLikeApiToken(value: string): boolean {
  return TOKEN.test(value);
}
