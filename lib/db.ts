import "server-only";
import { type DatabaseScope, type ScopedClient, scopeClient, scopeTransaction } from "@/lib/database-scope";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/prisma-client";

// One client, and so one connection pool, per process. The production build puts this module
// into several server chunks (pages, API routes, background jobs), each evaluating it once, and
// in development Next re-evaluates it on every change: the client is kept on globalThis so all
// of them share it, and DATABASE_POOL_SIZE is the process's whole connection budget.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The app's connection, in no workspace: row-level security shows it no workspace's rows. It
 * serves what belongs to no workspace (accounts, sign-in, rate limits); everything else goes
 * through `dbFor` or `transactionFor`, with the actor's workspace.
 */
export const db = (globalForPrisma.prisma ??= createPrismaClient(process.env.DATABASE_URL));

// Clients by scope, so that a request's statements share one; a few hundred at most.
const scopedClients = new Map<string, ScopedClient>();
const MAX_SCOPED_CLIENTS = 500;

/** The database as `scope` (an actor, a job's workspace) may see it, one transaction per statement. */
export function dbFor(scope: DatabaseScope): ScopedClient {
  const key = `${scope.workspaceId ?? ""}/${scope.userId ?? ""}/${scope.apiKeyHash ?? ""}/${scope.invitationHash ?? ""}`;
  let scoped = scopedClients.get(key);
  if (!scoped) {
    if (scopedClients.size >= MAX_SCOPED_CLIENTS) scopedClients.clear();
    scoped = scopeClient(db, scope);
    scopedClients.set(key, scoped);
  }
  return scoped;
}

/** One transaction in `scope` for the writes that belong together (and their audit entry). */
export function transactionFor<T>(
  scope: DatabaseScope,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: Parameters<typeof scopeTransaction>[3],
): Promise<T> {
  return scopeTransaction(db, scope, work, options);
}
