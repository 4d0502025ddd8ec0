import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { mustEnrolInTwoFactor } from "@/lib/auth/roles";
import type { ApiKeyKind, Role } from "@/lib/generated/prisma/enums";
import { dbFor } from "@/lib/db";
import { type ApiScope, scopesAllowedFor } from "@/lib/api-keys/scopes";
import { hashApiToken, looksLikeApiToken } from "@/lib/api-keys/tokens";
import { ApiError } from "./errors";

/** Who is calling: the key, and the member it acts as (read fresh on every request). */
export type ApiPrincipal = {
  actor: Actor;
  keyId: string;
  /** A service key acts in its own workspace only; a personal token as its owner, who may belong to several. */
  kind: ApiKeyKind;
  workspace: { id: string; name: string; slug: string };
  /** The key's scopes that the member's current role still allows. */
  scopes: readonly ApiScope[];
  requestsPerMinute: number;
  dailyWriteQuota: number;
};

type KeyRow = {
  id: string;
  workspace_id: string;
  workspace_name: string;
  workspace_slug: string;
  kind: ApiKeyKind;
  scopes: string[];
  expires_at: Date | null;
  revoked_at: Date | null;
  user_id: string;
  email: string;
  name: string;
  disabled_at: Date | null;
  role: Role | null;
  two_factor_enabled_at: Date | null;
  require_staff_two_factor: boolean;
  api_requests_per_minute: number;
  api_daily_write_quota: number;
};

const UNAUTHENTICATED_MESSAGE = "Send a valid API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`.";
const TWO_KEYS_MESSAGE = "Authorization and X-API-Key carry different keys: send one key, in either header.";
const TWO_FACTOR_ENROLMENT_MESSAGE =
  "Your workspace requires staff to use two-factor authentication: turn it on under Account settings → Two-factor authentication, then retry.";

/**
 * The key with this hash, its account, the account's membership in the key's workspace and the
 * workspace's limits, in one statement (every API request runs it). Row-level security shows the
 * key, and the membership it acts through, to a statement scoped by the key's hash. A key of a
 * workspace being deleted is not found.
 */
async function findKey(secretHash: string): Promise<KeyRow | undefined> {
  const [key] = await dbFor({ apiKeyHash: secretHash }).$queryRaw<KeyRow[]>`
    SELECT k.id, k.workspace_id, w.name AS workspace_name, w.slug AS workspace_slug, k.kind, k.scopes, k.expires_at, k.revoked_at,
           u.id AS user_id, u.email, u.name, u.disabled_at, u.two_factor_enabled_at, m.role, w.require_staff_two_factor,
           w.api_requests_per_minute, w.api_daily_write_quota
      FROM api_keys k
      JOIN users u ON u.id = k.user_id
      JOIN workspaces w ON w.id = k.workspace_id
      LEFT JOIN memberships m ON m.user_id = k.user_id AND m.workspace_id = k.workspace_id
     WHERE k.secret_hash = ${secretHash} AND w.deletion_requested_at IS NULL`;
  return key;
}

/**
 * The key from `Authorization: Bearer` or `X-API-Key` (what many tools send), or null. Both
 * headers are accepted together only when they carry the same key: which of two keys a request
 * acts as must never depend on a header's precedence.
 */
function presentedToken(headers: Headers): string | null {
  const authorization = headers.get("authorization");
  const apiKey = headers.get("x-api-key");
  const bearer = authorization === null ? null : (/^Bearer ([^\s]+)$/i.exec(authorization.trim())?.[1] ?? "");
  if (bearer !== null && apiKey !== null && bearer !== apiKey.trim()) {
    throw new ApiError("UNAUTHENTICATED", TWO_KEYS_MESSAGE, undefined, { "WWW-Authenticate": "Bearer" });
  }
  return bearer ?? apiKey?.trim() ?? null;
}

/**
 * The caller of an API request, from its key only: cookies are never read, so the API
 * has no CSRF surface. A missing, malformed, unknown, revoked or expired key, a disabled member
 * or one no longer in the workspace are all the same 401, so the answer says nothing about
 * which keys exist. A personal token never does more than its owner's role allows now, and
 * nothing while its owner must still enrol in two-factor (403 TWO_FACTOR_ENROLMENT_REQUIRED).
 */
export async function authenticateApiRequest(request: Request, now = new Date()): Promise<ApiPrincipal> {
  const token = presentedToken(request.headers);
  if (!token || !looksLikeApiToken(token)) throw new ApiError("UNAUTHENTICATED", UNAUTHENTICATED_MESSAGE, undefined, { "WWW-Authenticate": "Bearer" });
  const key = await findKey(hashApiToken(token));
  if (!key || !key.role || key.revoked_at || key.disabled_at || (key.expires_at && key.expires_at <= now)) {
    throw new ApiError("UNAUTHENTICATED", UNAUTHENTICATED_MESSAGE, undefined, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
  }
  // The browser's enrolment rule holds for a member's own token too; a service account cannot
  // enrol, and its key is the admin's decision.
  if (key.kind === "PERSONAL" && mustEnrolInTwoFactor({ role: key.role, twoFactorEnabledAt: key.two_factor_enabled_at }, key.require_staff_two_factor)) {
    throw new ApiError("TWO_FACTOR_ENROLMENT_REQUIRED", TWO_FACTOR_ENROLMENT_MESSAGE);
  }
  const allowed = scopesAllowedFor(key.role);
  return {
    actor: {
      userId: key.user_id,
      workspaceId: key.workspace_id,
      workspaceSlug: key.workspace_slug,
      role: key.role,
      email: key.email,
      name: key.name,
      twoFactorEnrolmentRequired: false,
    },
    keyId: key.id,
    kind: key.kind,
    workspace: { id: key.workspace_id, name: key.workspace_name, slug: key.workspace_slug },
    scopes: key.scopes.filter((scope): scope is ApiScope => (allowed as readonly string[]).includes(scope)),
    requestsPerMinute: key.api_requests_per_minute,
    dailyWriteQuota: key.api_daily_write_quota,
  };
}

/**
 * 403 unless the key holds `scope`. For a staff-only operation, a key whose owner's role can never
 * hold the scope (a client's) gets the 404 of an operation that does not exist, as the app answers
 * a client asking for incidents.
 */
export function requireScope(principal: ApiPrincipal, scope: ApiScope, isStaffOnly = false): void {
  if (principal.scopes.includes(scope)) return;
  if (isStaffOnly && !scopesAllowedFor(principal.actor.role).includes(scope)) throw new ApiError("NOT_FOUND", "No such API operation.");
  throw new ApiError("FORBIDDEN", `This key lacks the ${scope} scope.`, { requiredScope: scope });
}
