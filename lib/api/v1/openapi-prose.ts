import { API_ERROR_STATUS, type ApiErrorCode } from "../errors";
import type { ApiOperationSpec } from "./operations";

// The OpenAPI document's prose (openapi.ts): what each tag and error code means, and the
// introduction clients read first.

type Tag = ApiOperationSpec["tag"];

export const TAG_DESCRIPTIONS: Record<Tag, string> = {
  Tickets: "Filing, finding, reading and changing tickets.",
  Comments: "Replies to a ticket and, for staff, internal notes.",
  Incidents: "Major incidents (staff keys with `incidents:read` / `incidents:write`): declaring, running, the timeline, linked tickets, tasks and status updates.",
  Categories: "The categories tickets are filed under.",
  Users: "The workspace's members (admins' keys only).",
  "Audit log": "The workspace's audit trail (admins' keys only).",
  "API keys": "Service accounts and their keys (admins' keys with `api_keys:manage` only).",
  Account: "The key itself: who it acts as, its owner's workspaces, and how much it has used.",
  "Sign-in": "Personal tokens for scripts that sign in with a password (and code), without a key.",
};

export const ERROR_MEANINGS: Record<ApiErrorCode, string> = {
  BAD_REQUEST: "the request is malformed (not JSON, over 1 MB, or a bad header).",
  UNAUTHENTICATED: "no key, a key that is unknown, revoked or expired, or two different keys in `Authorization` and `X-API-Key`.",
  TWO_FACTOR_REQUIRED: "(`POST /auth/token`) the password was right and the account uses two-factor: send `code` too.",
  INVALID_TWO_FACTOR_CODE: "(`POST /auth/token`) the `code` is not a current code from the app nor an unused recovery code.",
  FORBIDDEN: "the key lacks the scope, or its account may not do this.",
  EMAIL_UNVERIFIED: "(`POST /auth/token`) the password was right but the email address is not verified yet.",
  ACCOUNT_LOCKED: "(`POST /auth/token`) the account is locked after repeated failed sign-ins; retry after `Retry-After` seconds.",
  TWO_FACTOR_ENROLMENT_REQUIRED: "a personal token of staff who must turn on two-factor (the workspace requires it) before using the API.",
  NOT_FOUND: "no such record, or one the key's account may not see.",
  CONFLICT: "the record changed since its ETag was read, or already exists.",
  VALIDATION_FAILED: "the parameters or body did not validate; `details.fieldErrors` says where.",
  IDEMPOTENCY_KEY_REUSED: "the `Idempotency-Key` was already used with a different body; send a new key for a new request.",
  PRECONDITION_REQUIRED: "the change needs an `If-Match` header.",
  RATE_LIMITED: "the key made too many requests this minute (or, for `POST /auth/token`, too many sign-ins for the email or address); retry after `Retry-After` seconds.",
  QUOTA_EXCEEDED: "the workspace used its API writes for the UTC day; retry after `Retry-After` seconds.",
  CAPTCHA_REQUIRED: "(`POST /auth/token`) repeated failed sign-ins for this email or address: the sign-in form would ask for a proof-of-work check, which the API cannot take; sign in on the web or retry after `Retry-After` seconds.",
  INTERNAL: "something failed on our side; quote the trace id.",
  UNAVAILABLE: "the service is overloaded or its database is unreachable right now; retry after `Retry-After` seconds.",
};

export const DESCRIPTION = `The Triage REST API: tickets, replies, incidents, categories, members, the audit log, and service accounts and their keys.

**Authentication.** Send an API key as \`Authorization: Bearer trg_…\` or as \`X-API-Key: trg_…\` (both at once only with the same key; two different keys are a 401). Admins create keys under Admin → API keys; anyone can create a personal access token under Account → Personal access tokens. A script that signs in as a person can instead exchange email, password and (with two-factor) a current code for a one-hour personal token at \`POST /auth/token\`, the one operation that takes no key. A key acts as its account, with at most that account's permissions, narrowed further by its scopes; each operation names the scope it needs.

**Errors.** Every refusal has the same JSON body, \`{ "code", "message", "traceId", "details"? }\`, with a status that follows from the code:

${Object.entries(API_ERROR_STATUS)
  .map(([code, status]) => `- \`${code}\` (${status}): ${ERROR_MEANINGS[code as ApiErrorCode]}`)
  .join("\n")}

**Rate limits.** Each key may make a fixed number of requests per minute, and each workspace a daily number of writes (UTC days). Every response to a valid key carries \`X-RateLimit-Limit\`, \`X-RateLimit-Remaining\` and \`X-RateLimit-Reset\` (a 401 has no key to count against, so it has none); a 429 adds \`Retry-After\`. Only writes that happened use the daily quota: a refused or failed write, or an idempotent replay, does not. \`GET /usage\` shows today's use.

**Idempotency and concurrency.** Filing a ticket, replying and declaring an incident accept an \`Idempotency-Key\` header: a retry with the same key and the same body (compared as canonical JSON, key order and spacing aside) returns what the first request made, with \`Idempotent-Replayed: true\`; the same key with a different body is refused with 422 \`IDEMPOTENCY_KEY_REUSED\`. Changes to a ticket or an incident need \`If-Match\` with its \`ETag\`, so a change made on an outdated copy is refused with 409 instead of overwriting someone else's.`;
