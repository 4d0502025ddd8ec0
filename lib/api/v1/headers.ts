import { createHash, randomUUID } from "node:crypto";
import { ApiError } from "../errors";
import { idempotencyKeySchema } from "./schemas";

/**
 * The request key a create runs under: derived from the Idempotency-Key header (a UUID from its
 * SHA-256), so the same key from the same account finds the first result; a fresh one without.
 * The mutations already treat a repeated request key as "return what the first one made".
 */
export function requestKeyFrom(request: Request): string {
  const header = request.headers.get("idempotency-key");
  if (header === null) return randomUUID();
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) throw new ApiError("BAD_REQUEST", "Idempotency-Key must be 1 to 200 printable characters without spaces.");
  const hex = createHash("sha256").update(parsed.data).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** JSON with every object's keys sorted: the same request body in any key order or spacing. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The SHA-256 of a validated body in canonical form, stored with the request key: a repeat of
 * the key with another body is refused (422) rather than answered with the first result, as the
 * IETF Idempotency-Key draft asks.
 */
export function requestHashOf(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

export const etagOf = (version: number) => `"${version}"`;

/** What an If-Match header versions, for its messages. */
export type VersionedRecord = { noun: string; path: string };
const TICKET: VersionedRecord = { noun: "ticket", path: "/tickets/{number}" };

/** The version an If-Match header names (`"3"`, or a bare 3); 428 without one, 400 if unreadable. */
export function versionFromIfMatch(request: Request, record: VersionedRecord = TICKET): number {
  const header = request.headers.get("if-match");
  if (header === null) throw new ApiError("PRECONDITION_REQUIRED", `Send If-Match with the ${record.noun}'s ETag (its version), from GET ${record.path}.`);
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new ApiError("BAD_REQUEST", `If-Match must be the ${record.noun}'s ETag, such as "3".`);
  return Number(match[1]);
}
