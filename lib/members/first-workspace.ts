import "server-only";
import { enterScope, type ScopedClient } from "@/lib/database-scope";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { liveWorkspaceWhere } from "@/lib/workspaces/live";
import { workspacePath } from "@/lib/workspaces/paths";

/**
 * The user's first membership's workspace, skipping those being deleted; read where row-level
 * security shows their memberships.
 */
async function readFirstWorkspace(client: ScopedClient | Prisma.TransactionClient, userId: string) {
  const membership = await client.membership.findFirst({
    where: { userId, workspace: liveWorkspaceWhere },
    orderBy: { createdAt: "asc" },
    select: { workspace: { select: { id: true, slug: true } } },
  });
  return membership?.workspace ?? null;
}

async function readFirstWorkspaceId(client: ScopedClient | Prisma.TransactionClient, userId: string): Promise<string | null> {
  return (await readFirstWorkspace(client, userId))?.id ?? null;
}

/**
 * The workspace a sign-in or an account email belongs to: the user's first membership. Read in
 * the user's own scope, in which row-level security shows their memberships only.
 */
export function firstWorkspaceId(userId: string): Promise<string | null> {
  return readFirstWorkspaceId(dbFor({ userId }), userId);
}

/**
 * Where someone lands after leaving or deleting a workspace: their first remaining one, or the
 * sign-in page when none is left (their session then ends on its next request).
 */
export async function firstWorkspaceLandingPath(userId: string): Promise<string> {
  const workspace = await readFirstWorkspace(dbFor({ userId }), userId);
  return workspace ? workspacePath(workspace.slug, "/tickets") : "/sign-in";
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
