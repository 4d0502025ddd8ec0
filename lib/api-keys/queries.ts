import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

const keySelect = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  revokedAt: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} as const;

/** The workspace's service keys, newest first (admins only; anyone else gets NotFoundError). */
export async function listServiceKeys(actor: Actor) {
  if (!can(actor, "api_keys.manage")) throw new NotFoundError();
  return dbFor(actor).apiKey.findMany({
    where: { workspaceId: actor.workspaceId, kind: "SERVICE" },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: keySelect,
  });
}

/** The workspace's service accounts, newest first, with their keys that still work (admins only). */
export async function listServiceAccounts(actor: Actor, now = new Date()) {
  if (!can(actor, "api_keys.manage")) throw new NotFoundError();
  return dbFor(actor).membership.findMany({
    where: { workspaceId: actor.workspaceId, user: { isServiceAccount: true } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      role: true,
      createdAt: true,
      user: {
        select: {
          id: true,
          name: true,
          _count: {
            select: {
              apiKeys: { where: { workspaceId: actor.workspaceId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } },
            },
          },
        },
      },
    },
  });
}

/** The actor's own personal tokens in this workspace, newest first. */
export async function listPersonalTokens(actor: Actor) {
  return dbFor(actor).apiKey.findMany({
    where: { workspaceId: actor.workspaceId, kind: "PERSONAL", userId: actor.userId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: keySelect,
  });
}

export type ApiKeySummary = Awaited<ReturnType<typeof listPersonalTokens>>[number];
export type ServiceAccountItem = Awaited<ReturnType<typeof listServiceAccounts>>[number];
