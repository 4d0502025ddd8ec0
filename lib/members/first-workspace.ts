import "server-only";
import { enterScope, type ScopedClient } from "@/lib/database-scope";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { liveWorkspaceWhere } from "@/lib/workspaces/live";

/**
 * The user's first membership's workspace, skipping those being deleted; read where row-level
 * security shows their memberships.
 */
async function readFirstWorkspaceId(client: ScopedClient | Prisma.TransactionClient, userId: string): Promise<string | null> {
  const membership = await client.membership.findFirst({
    where: { userId, workspace: liveWorkspaceWhere },
    orderBy: { createdAt: "asc" },
    select: { workspaceId: true },
  });
  return membership?.workspaceId ?? null;
}

/**
 * The workspace a sign-in or an account email belongs to: the user's first membership. Read in
 * the user's own scope, in which row-level security shows their memberships only.
 */
export function firstWorkspaceId(userId: string): Promise<string | null> {
  return readFirstWorkspaceId(dbFor({ userId }), userId);
}

/**
 * Inside a transaction, once a token or an email named the user: the scope of the user in their
 * first workspace, so that the rest reads their memberships and writes that workspace's audit
 * entries and emails. Returns that workspace (null for none).
 */
export async function enterUserScope(tx: Prisma.TransactionClient, userId: string): Promise<string | null> {
  await enterScope(tx, { userId });
  const workspaceId = await readFirstWorkspaceId(tx, userId);
  await enterScope(tx, { userId, workspaceId });
  return workspaceId;
}
