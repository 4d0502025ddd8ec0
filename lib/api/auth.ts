import "server-only";
import type { Actor } from "@/lib/auth/session";
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
  const key = await db.apiKey.findUnique({
    where: { secretHash: hashApiToken(token) },
    select: {
      id: true,
      workspaceId: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          disabledAt: true,
          memberships: { select: { workspaceId: true, role: true } },
        },
      },
      workspace: { select: { apiRequestsPerMinute: true, apiDailyWriteQuota: true } },
    },
  });
  const membership = key?.user.memberships.find((candidate) => candidate.workspaceId === key.workspaceId);
  if (!key || !membership || key.revokedAt || key.user.disabledAt || (key.expiresAt && key.expiresAt <= now)) {
    throw new ApiError("UNAUTHENTICATED", UNAUTHENTICATED_MESSAGE, undefined, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
  }
  const allowed = scopesAllowedFor(membership.role);
  return {
    actor: {
      userId: key.user.id,
      workspaceId: key.workspaceId,
      role: membership.role,
      email: key.user.email,
      name: key.user.name,
      twoFactorEnrolmentRequired: false,
    },
    keyId: key.id,
    scopes: key.scopes.filter((scope): scope is ApiScope => (allowed as readonly string[]).includes(scope)),
    requestsPerMinute: key.workspace.apiRequestsPerMinute,
    dailyWriteQuota: key.workspace.apiDailyWriteQuota,
  };
}

/** 403 unless the key holds `scope`. */
export function requireScope(principal: ApiPrincipal, scope: ApiScope): void {
  if (!principal.scopes.includes(scope)) {
    throw new ApiError("FORBIDDEN", `This key lacks the ${scope} scope.`, { requiredScope: scope });
  }
}
