import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { type ApiScope, scopesAllowedFor } from "@/lib/api-keys/scopes";
import { hashApiToken, looksLikeApiToken } from "@/lib/api-keys/tokens";
import { ApiError } from "./errors";

/** Who is calling: the key, and the member it acts as (read fresh on every request). */
export type ApiPrincipal = {
  actor: Actor;
  keyId: string;
  /** The key's scopes that the member's current role still allows. */
  scopes: readonly ApiScope[];
  requestsPerMinute: number;
  dailyWriteQuota: number;
};

type KeyRow = {
  id: string;
  workspace_id: string;
  scopes: string[];
  expires_at: Date | null;
  revoked_at: Date | null;
  user_id: string;
  email: string;
  name: string;
  disabled_at: Date | null;
  role: Role | null;
  api_requests_per_minute: number;
  api_daily_write_quota: number;
};

const UNAUTHENTICATED_MESSAGE = "Send a valid API key as `Authorization: Bearer <key>`.";

/**
 * The caller of an API request, from its bearer token only: cookies are never read, so the API
 * has no CSRF surface. A missing, malformed, unknown, revoked or expired key, a disabled member
 * or one no longer in the workspace are all the same 401, so the answer says nothing about
 * which keys exist. A personal token never does more than its owner's role allows now.
 */
export async function authenticateApiRequest(request: Request, now = new Date()): Promise<ApiPrincipal> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  const token = match?.[1];
  if (!token || !looksLikeApiToken(token)) throw new ApiError("UNAUTHENTICATED", UNAUTHENTICATED_MESSAGE, undefined, { "WWW-Authenticate": "Bearer" });
  // One statement (every API request runs it): the key, its account, the account's membership in
  // the key's workspace and the workspace's limits.
  const [key] = await db.$queryRaw<KeyRow[]>`
    SELECT k.id, k.workspace_id, k.scopes, k.expires_at, k.revoked_at, u.id AS user_id, u.email, u.name,
           u.disabled_at, m.role, w.api_requests_per_minute, w.api_daily_write_quota
      FROM api_keys k
      JOIN users u ON u.id = k.user_id
      JOIN workspaces w ON w.id = k.workspace_id
      LEFT JOIN memberships m ON m.user_id = k.user_id AND m.workspace_id = k.workspace_id
     WHERE k.secret_hash = ${hashApiToken(token)}`;
  if (!key || !key.role || key.revoked_at || key.disabled_at || (key.expires_at && key.expires_at <= now)) {
    throw new ApiError("UNAUTHENTICATED", UNAUTHENTICATED_MESSAGE, undefined, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
  }
  const allowed = scopesAllowedFor(key.role);
  return {
    actor: {
      userId: key.user_id,
      workspaceId: key.workspace_id,
      role: key.role,
      email: key.email,
      name: key.name,
      twoFactorEnrolmentRequired: false,
    },
    keyId: key.id,
    scopes: key.scopes.filter((scope): scope is ApiScope => (allowed as readonly string[]).includes(scope)),
    requestsPerMinute: key.api_requests_per_minute,
    dailyWriteQuota: key.api_daily_write_quota,
  };
}

/** 403 unless the key holds `scope`. */
export function requireScope(principal: ApiPrincipal, scope: ApiScope): void {
  if (!principal.scopes.includes(scope)) {
    throw new ApiError("FORBIDDEN", `This key lacks the ${scope} scope.`, { requiredScope: scope });
  }
}
