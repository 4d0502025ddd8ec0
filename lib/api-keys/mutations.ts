import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/request-context";
import type { CreateApiKeyInput, RevokeApiKeyInput } from "./schemas";
import { type ApiScope, scopesAllowedFor, serviceAccountRoleFor } from "./scopes";
import { generateApiToken } from "./tokens";

const DAY_MS = 86_400_000;

export type CreatedApiKey = { id: string; prefix: string; token: string };

const expiryOf = (input: CreateApiKeyInput, now: Date) =>
  input.expiresInDays === "never" ? null : new Date(now.getTime() + Number(input.expiresInDays) * DAY_MS);

async function insertKey(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: CreateApiKeyInput & { kind: "SERVICE" | "PERSONAL"; userId: string },
  context: RequestContext | undefined,
  now: Date,
): Promise<CreatedApiKey> {
  const { token, prefix, secretHash } = generateApiToken();
  const expiresAt = expiryOf(input, now);
  const key = await tx.apiKey.create({
    data: {
      workspaceId: actor.workspaceId,
      userId: input.userId,
      kind: input.kind,
      name: input.name,
      prefix,
      secretHash,
      scopes: input.scopes,
      expiresAt,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: "api_key.created",
    targetType: "api_key",
    targetId: key.id,
    metadata: { kind: input.kind, name: input.name, prefix, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null },
    context,
  });
  return { id: key.id, prefix, token };
}

/**
 * An admin's key for an integration, acting as a new service account named after it: a member
 * that cannot sign in (no password), wants no email, and holds the admin role only when the key
 * has an admin scope (else agent). The token is returned this once and never stored.
 */
export async function createServiceKey(actor: Actor, input: CreateApiKeyInput, context?: RequestContext, now = new Date()): Promise<CreatedApiKey> {
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
      select: { id: true },
    });
    return insertKey(tx, actor, { ...input, kind: "SERVICE", userId: account.id }, context, now);
  });
}

/** A personal token acting as the actor, with scopes their role allows. */
export async function createPersonalToken(actor: Actor, input: CreateApiKeyInput, context?: RequestContext, now = new Date()): Promise<CreatedApiKey> {
  const allowed = scopesAllowedFor(actor.role);
  const refused = input.scopes.filter((scope: ApiScope) => !allowed.includes(scope));
  if (refused.length > 0) {
    throw new ValidationError("Your role cannot grant those scopes.", { scopes: [`Not available to you: ${refused.join(", ")}.`] });
  }
  return transactionFor(actor, (tx) => insertKey(tx, actor, { ...input, kind: "PERSONAL", userId: actor.userId }, context, now));
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
