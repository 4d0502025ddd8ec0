import { randomUUID } from "node:crypto";
import fc from "fast-check";

// Hostile values for the property tests of every boundary: the API's bodies, the pages' query
// strings, the actions' inputs and the downloads.

export const FRAGMENTS = [
  "'; DROP TABLE tickets; --",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "{{7*7}}${7*7}",
  "\u0000",
  "\r\n\t\u0007\u001b[2J\u007f",
  "\u202e\u200b\ufeff\u2028",
  "\u2066\u2069\u200f\u00ad",
  "\ud800",
  "\udfff",
  "👩‍👩‍👧",
];

export const singleUnit = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(...FRAGMENTS),
);
export const hostileText = fc.string({ unit: singleUnit, maxLength: 40 });
export const hugeText = fc
  .tuple(hostileText, fc.integer({ min: 1_000, max: 100_000 }))
  .map(([seed, length]) => (seed || "x").repeat(Math.ceil(length / Math.max(seed.length, 1))).slice(0, length));

/** Days PostgreSQL or a range's closing day cannot take, beside real ones at the edges. */
export const HOSTILE_DAYS = [
  "0000-01-01",
  "0001-01-01",
  "1969-12-31",
  "1970-01-01",
  "9999-12-30",
  "9999-12-31",
  "+275760-09-13",
  "-000001-01-01",
  "2026-02-30",
  "2026-13-01",
  "2026-01-01T00:00:00Z",
];

const base64url = (value: string) => Buffer.from(value).toString("base64url");

/** Cursors a client could forge: well-formed ones with impossible times, and junk. */
export const hostileCursor = fc.oneof(
  fc.constantFrom("0000-01-01T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "1", "garbage").map((time) => base64url(`${time}|${randomUUID()}`)),
  fc.constantFrom('{"s":"updated:desc","v":"0000-01-01T00:00:00.000Z","i":"00000000-0000-0000-0000-000000000000"}', '{"s":1}', "[]", "null").map(base64url),
  fc.constantFrom("not-a-cursor", "%%%", "////", "AAAA", "=".repeat(600)),
  hostileText,
);

/** One query value: hostile text, a hostile day or cursor, or a valid-looking value of another field. */
export const hostileQueryValue = fc.oneof(
  hostileText,
  hugeText,
  fc.constantFrom(...HOSTILE_DAYS),
  hostileCursor,
  fc.constantFrom("NOPE", "none", "custom", "OPEN", "URGENT", "not-a-uuid", randomUUID(), "00000000-0000-0000-0000-000000000000", "-1", "1e9", ""),
);

/** A query as Next hands it to a page: each key absent, one value, or repeated. */
export function hostileQuery(keys: readonly string[]) {
  const value = fc.oneof({ weight: 3, arbitrary: hostileQueryValue }, fc.array(hostileQueryValue, { minLength: 2, maxLength: 4 }));
  return fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] });
}
