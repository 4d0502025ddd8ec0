import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Whom a transaction serves, for row-level security (the policies in the migration
 * `workspace_row_level_security`): the workspace whose rows it may see and write, the signed-in
 * user, whose memberships it may see in every workspace, and the hash of the API key a caller
 * presented, or of the invitation link someone followed, whose row it may look up before its
 * workspace is known. An Actor is one.
 */
export type DatabaseScope = {
  workspaceId?: string | null;
  userId?: string | null;
  apiKeyHash?: string | null;
  invitationHash?: string | null;
};

type TransactionOptions = { isolationLevel?: Prisma.TransactionIsolationLevel; maxWait?: number; timeout?: number };

const ENTER_SCOPE_SQL =
  "SELECT set_config('app.workspace_id', $1, true), set_config('app.user_id', $2, true), " +
  "set_config('app.api_key_hash', $3, true), set_config('app.invitation_hash', $4, true)";

/**
 * Sets the scope for the rest of the transaction only (`is_local`), so a pooled connection keeps
 * nothing. Inside a transaction it moves the scope once a token proved whom the rest serves.
 */
export function enterScope(client: PrismaClient | Prisma.TransactionClient, scope: DatabaseScope) {
  return client.$executeRawUnsafe(
    ENTER_SCOPE_SQL,
    scope.workspaceId ?? "",
    scope.userId ?? "",
    scope.apiKeyHash ?? "",
    scope.invitationHash ?? "",
  );
}

const UUID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/i;
const HEX = /^[0-9a-f]*$/i;

/**
 * `enterScope`'s statement with its values written in, when `text` and `values` are it and the
 * values are uuids and hex hashes (so nothing needs quoting); else null. The pool sends it in one
 * message with the transaction's BEGIN (lib/database-pool.ts).
 */
export function inlineScopeStatement(text: string, values: unknown): string | null {
  if (text !== ENTER_SCOPE_SQL || !Array.isArray(values) || values.length !== 4) return null;
  const [workspaceId, userId, apiKeyHash, invitationHash] = values as unknown[];
  const isValid = [workspaceId, userId].every((value) => typeof value === "string" && UUID.test(value)) &&
    [apiKeyHash, invitationHash].every((value) => typeof value === "string" && HEX.test(value));
  if (!isValid) return null;
  return ENTER_SCOPE_SQL.replace("$1", `'${workspaceId}'`)
    .replace("$2", `'${userId}'`)
    .replace("$3", `'${apiKeyHash}'`)
    .replace("$4", `'${invitationHash}'`);
}

function extendWithScope(client: PrismaClient, scope: DatabaseScope) {
  return client.$extends({
    query: {
      // Each statement in a transaction of its own, after the scope. Prisma also merges
      // findUnique calls made in the same tick into one statement: inside a transaction it
      // never merges them with another request's, which may serve another workspace.
      async $allOperations({ args, query }) {
        const [, result] = await client.$transaction([enterScope(client, scope), query(args)]);
        return result;
      },
    },
  });
}

/**
 * A client for `scope`. It has no `$transaction`: a transaction that belongs together is
 * `scopeTransaction`'s, which sets the scope once for all its statements.
 */
export type ScopedClient = Omit<ReturnType<typeof extendWithScope>, "$transaction">;

export function scopeClient(client: PrismaClient, scope: DatabaseScope): ScopedClient {
  return extendWithScope(client, scope);
}

/** An interactive transaction in `scope`. */
export async function scopeTransaction<T>(
  client: PrismaClient,
  scope: DatabaseScope,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  return client.$transaction(async (tx) => {
    await enterScope(tx, scope);
    return work(tx);
  }, options);
}
