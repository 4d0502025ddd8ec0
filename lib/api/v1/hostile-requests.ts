import fc from "fast-check";
import type { z } from "zod";
import { expect } from "vitest";
import { FRAGMENTS, hostileText, hugeText, singleUnit } from "@/lib/test/hostile-values";
import { errorSchema } from "./schemas";
import { type ApiCall, type ApiResult, callApi } from "./test-client";

// Random and hostile requests for the API's property tests: field values, whole bodies, headers
// and path numbers, and the contract every answer must keep whatever arrives.

export const ANSWERABLE_STATUSES = [200, 201, 400, 403, 404, 409, 422, 428, 429];
export const NUM_RUNS = 100;
const nestedArray = fc.integer({ min: 1, max: 2_000 }).map((depth) => {
  let value: unknown = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
});
/** Anything a field could hold; NaN and Infinity become null on the way through JSON. */
export const hostileValue = fc.oneof(
  hostileText,
  hugeText,
  fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53 + 1, true, null),
  nestedArray,
);
export const eitherOf = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: valid }, hostileValue);
export const plausibleText = fc.oneof(fc.constantFrom(...FRAGMENTS.map((fragment) => `Disk ${fragment} full`)), hostileText, fc.string({ minLength: 3, maxLength: 60 }));

/** A JSON object text with a prototype-pollution key beside the fields, which object literals cannot express. */
const withPollutionKey = (fields: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(fc.constantFrom("__proto__", "constructor", "prototype"), fields).map(([key, record]) => {
    const poison = `${JSON.stringify(key)}:{"polluted":true,"isInternal":true,"role":"ADMIN","prototype":{"polluted":true}}`;
    const entries = Object.entries(record).map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value) ?? "null"}`);
    return `{${[poison, ...entries].join(",")}}`;
  });
const rawText = fc.oneof(
  fc.constantFrom("{not json", "NaN", '{"title": NaN}', "[1,2,", "", "null", "\u0000", '{"title":"\\u0000\\u0000\\u0000"}', "{'a':1}", "<xml/>"),
  fc.string({ unit: singleUnit, maxLength: 200 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
);

export type Payload = Pick<ApiCall, "body" | "rawBody">;
/** A body with the endpoint's keys holding anything, anything at all, or raw text sent as JSON. */
export function payloadFor(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Payload> {
  const record = fc.record(fields, { requiredKeys: [] });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record(fields).map((body): Payload => ({ body })) },
    { weight: 2, arbitrary: record.map((body): Payload => ({ body })) },
    fc.anything({ maxDepth: 4, withNullPrototype: true }).map((body): Payload => ({ body })),
    withPollutionKey(record).map((rawBody): Payload => ({ rawBody })),
    rawText.map((rawBody): Payload => ({ rawBody })),
  );
}

const acceptedAsHeader = (value: string) => {
  try {
    new Headers({ probe: value });
    return true;
  } catch {
    return false;
  }
};
/** Header values a client could send: Latin-1 with control characters, some far too long; NUL, CR and LF no Headers object accepts. */
export const headerValue = fc
  .oneof(
    fc.string({ unit: "binary-ascii", maxLength: 300 }),
    fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 20 }),
    fc.tuple(fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 4 }), fc.integer({ min: 201, max: 20_000 })).map(([unit, times]) => unit.repeat(times)),
    fc.constant("'; DROP TABLE tickets; --"),
  )
  .map((value) => value.replace(/[\0\r\n]/g, ""))
  .filter(acceptedAsHeader);
export const idempotencyKey = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, fc.constantFrom("replay-1", "replay-2"), headerValue);

/** The contract every answer keeps: a known status, the error shape on refusals, the resource on success. */
export function expectAnswerable(result: ApiResult, success: z.ZodType, statuses = ANSWERABLE_STATUSES) {
  expect(statuses, `status ${result.status}: ${JSON.stringify(result.body)}`).toContain(result.status);
  const shape = result.status >= 400 ? errorSchema : success;
  expect(shape.safeParse(result.body).success, JSON.stringify(result.body)?.slice(0, 500)).toBe(true);
}

export function send(method: "POST" | "PATCH", path: string, token: string, payload: Payload, headers: Record<string, string | undefined> = {}) {
  const defined = Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return callApi(method, path, { token, ...payload, headers: { "content-type": "application/json", ...defined } });
}

/** A record number in a path: mostly the real one, else not a number the database could hold. */
export const numberPath = (number: number) =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(String(number)) }, fc.constantFrom("0", "-1", "1e3", "2147483648", "99999999999", "' OR 1=1 --"));
