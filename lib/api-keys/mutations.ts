import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CreateApiKeyInput, CreateServiceAccountKeyInput, RevokeApiKeyInput } from "./schemas";
import { type ApiScope, scopesAllowedFor, serviceAccountRoleFor } from "./scopes";
import { generateApiToken } from "./tokens";

const DAY_MS = 86_400_000;

export type CreatedApiKey = { id: string; prefix: string; token: string; expiresAt: Date | null };

type NewKey = { kind: "SERVICE" | "PERSONAL"; userId: string; name: string; scopes: ApiScope[]; expiresAt: Date | null };

const expiryOf = (input: CreateApiKeyInput, now: Date) =>
  input.expiresInDays === "never" ? null : new Date(now.getTime() + Number(input.expiresInDays) * DAY_MS);

async function insertKey(tx: Prisma.TransactionClient, actor: Actor, key: NewKey, context: RequestContext | undefined): Promise<CreatedApiKey> {
  const { token, prefix, secretHash } = generateApiToken();
  const { id } = await tx.apiKey.create({
    data: { workspaceId: actor.workspaceId, ...key, prefix, secretHash, createdById: actor.userId },
    select: { id: true },
  });
  await recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: "api_key.created",
    targetType: "api_key",
    targetId: id,
    metadata: { kind: key.kind, name: key.name, prefix, scopes: key.scopes, expiresAt: key.expiresAt?.toISOString() ?? null },
    context,
  });
  return { id, prefix, token, expiresAt: key.expiresAt };
}

/** Refuses scopes beyond what `role` may hold, as a field error on scopes (what the forms show). */
function assertScopesWithin(role: Role, scopes: readonly ApiScope[], message: string) {
  const allowed = scopesAllowedFor(role);
  const refused = scopes.filter((scope) => !allowed.includes(scope));
  if (refused.length > 0) throw new ValidationError(message, { scopes: [`Not available: ${refused.join(", ")}.`] });
}

/**
 * An admin's key for an integration, acting as a new service account named after it: a member
 * that cannot sign in (no password), wants no email, and holds the admin role only when the key
 * has an admin scope (else agent). The token is returned this once and never stored.
 */
export async function createServiceKey(
  actor: Actor,
  input: CreateApiKeyInput,
  context?: RequestContext,
  now = new Date(),
): Promise<CreatedApiKey & { serviceAccountId: string; role: Role; createdAt: Date }> {
  if (!can(actor, "api_keys.manage")) throw new NotFoundError();
  const role = serviceAccountRoleFor(input.scopes);
  return transactionFor(actor, async (tx) => {
    const account = await tx.user.create({
      data: {
        email: `service-${randomUUID()}@service.invalid`,
        name: input.name,
        isServiceAccount: true,
        memberships: {
          create: { workspaceId: actor.workspaceId, role, notifyOwnTicketUpdates: false, notifyAssignments: false, notifyNewTickets: false },
        },
      },
      select: { id: true, createdAt: true },
    });
    const key = { kind: "SERVICE", userId: account.id, name: input.name, scopes: input.scopes, expiresAt: expiryOf(input, now) } as const;
    return { ...(await insertKey(tx, actor, key, context)), serviceAccountId: account.id, role, createdAt: account.createdAt };
  });
}

/**
 * Another key for an existing service account of the workspace (to rotate one, or to give a
 * second system its own): admins only, with scopes the account's role allows. Any other
 * workspace's account, or a person, is "not found".
 */
export async function createServiceAccountKey(actor: Actor, input: CreateServiceAccountKeyInput, context?: RequestContext, now = new Date()): Promise<CreatedApiKey> {
  if (!can(actor, "api_keys.manage")) throw new NotFoundError();
  return transactionFor(actor, async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { workspaceId: actor.workspaceId, userId: input.serviceAccountId, user: { isServiceAccount: true } },
      select: { role: true },
    });
    if (!membership) throw new NotFoundError("That service account was not found.");
    assertScopesWithin(membership.role, input.scopes, "The service account's role cannot hold those scopes: create a new service account for them.");
    const key = { kind: "SERVICE", userId: input.serviceAccountId, name: input.name, scopes: input.scopes, expiresAt: expiryOf(input, now) } as const;
    return insertKey(tx, actor, key, context);
  });
}

const ROLE_SCOPES_MESSAGE = "Your role cannot grant those scopes.";

/** A personal token created in account settings, with scopes the actor's role allows (a field error beyond it). */
export async function createPersonalToken(actor: Actor, input: CreateApiKeyInput, context?: RequestContext, now = new Date()): Promise<CreatedApiKey> {
  assertScopesWithin(actor.role, input.scopes, ROLE_SCOPES_MESSAGE);
  const key = { kind: "PERSONAL", userId: actor.userId, name: input.name, scopes: input.scopes, expiresAt: expiryOf(input, now) } as const;
  return transactionFor(actor, (tx) => insertKey(tx, actor, key, context));
}

/**
 * A short-lived personal token for someone who just signed in with their password (and code),
 * for the API's token exchange: the scopes asked, refused (never trimmed) beyond the role,
 * created and audited like any personal token. Their earlier exchange tokens that have expired
 * are deleted here (their creation stays in the audit log): a script that signs in every few
 * minutes would otherwise bury the tokens listed in account settings. Settings offer no lifetime
 * this short, so the tokens made there are never touched.
 */
export async function createSignInToken(
  actor: Actor,
  { name, scopes, lifetimeSeconds }: { name: string; scopes: ApiScope[]; lifetimeSeconds: number },
  context?: RequestContext,
  now = new Date(),
): Promise<CreatedApiKey> {
  assertScopesWithin(actor.role, scopes, ROLE_SCOPES_MESSAGE);
  const key = { kind: "PERSONAL", userId: actor.userId, name, scopes, expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000) } as const;
  return transactionFor(actor, async (tx) => {
    await tx.$executeRaw`
      DELETE FROM api_keys
       WHERE workspace_id = ${actor.workspaceId}::uuid AND user_id = ${actor.userId}::uuid AND kind = 'PERSONAL'
         AND expires_at < ${now} AND expires_at - created_at <= make_interval(secs => ${lifetimeSeconds})`;
    return insertKey(tx, actor, key, context);
  });
}

/**
 * Revokes a key at once: admins any key of their workspace, anyone their own personal tokens
 * (others' are "not found"). Revoking twice changes nothing.
 */
export async function revokeApiKey(actor: Actor, { id }: RevokeApiKeyInput, context?: RequestContext) {
  return transactionFor(actor, async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id, workspaceId: actor.workspaceId, ...(can(actor, "api_keys.manage") ? {} : { kind: "PERSONAL", userId: actor.userId }) },
      select: { id: true, prefix: true, name: true, kind: true, revokedAt: true },
    });
    if (!key) throw new NotFoundError("That key was not found.");
    if (key.revokedAt) return { revoked: false };
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: key.id,
      metadata: { kind: key.kind, name: key.name, prefix: key.prefix },
      context,
    });
    return { revoked: true };
  });
}

/**
 * Revokes a member's personal tokens in a workspace, inside the transaction that disables them
 * or lowers their role: a token never outlives the standing it was created with.
 */
export async function revokePersonalTokensOf(tx: Prisma.TransactionClient, workspaceId: string, userId: string, reason: string): Promise<number> {
  const { count } = await tx.apiKey.updateMany({
    where: { workspaceId, userId, kind: "PERSONAL", revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count > 0) {
    await recordAudit(tx, { workspaceId, actorId: null, action: "api_key.revoked", targetType: "user", targetId: userId, metadata: { personalTokens: count, reason } });
  }
  return count;
}
