import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_POOL_SETTINGS, type DatabasePoolSettings } from "@/lib/database-pool";
import { enterScope } from "@/lib/database-scope";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/prisma-client";
import { createUser } from "@/lib/test/factories";

const clients: PrismaClient[] = [];
const rawClients: pg.Client[] = [];

function clientWith(overrides: Partial<DatabasePoolSettings>, url = process.env.DATABASE_URL): PrismaClient {
  const client = createPrismaClient(url, { ...DEFAULT_POOL_SETTINGS, ...overrides });
  clients.push(client);
  return client;
}

async function rawClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  rawClients.push(client);
  return client;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
  await Promise.all(rawClients.splice(0).map((client) => client.end()));
});

describe("the app's database pool", () => {
  it("never runs a statement that a timed-out transaction sends after its rollback", async () => {
    const { user } = await createUser();
    const locker = await rawClient();
    await locker.query("BEGIN");
    await locker.query("SELECT 1 FROM users WHERE id = $1 FOR UPDATE", [user.id]);
    const client = clientWith({ transactionTimeoutMs: 300 });

    // The UPDATE waits for the row lock past the transaction's timeout; Prisma then rolls back,
    // while the nested create's INSERT is still to come in the same operation.
    const outcome = client.$transaction((tx) =>
      tx.user.update({ where: { id: user.id }, data: { name: "Changed", recoveryCodes: { create: { codeHash: "orphan" } } } }),
    ).then(() => "committed", (error: unknown) => error);
    await sleep(600);
    await locker.query("ROLLBACK");

    expect(isDatabaseUnavailable(await outcome)).toBe(true);
    await sleep(200);
    const rows = await locker.query("SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1", [user.id]);
    expect(rows.rows[0].n).toBe(0);
    const names = await locker.query("SELECT name FROM users WHERE id = $1", [user.id]);
    expect(names.rows[0].name).toBe(user.name);
  });

  it("refuses at once a request past the queue limit, while the queued ones are served", async () => {
    const client = clientWith({ size: 1, queueLimit: 1, connectionWaitMs: 5_000 });
    const holding = client.$queryRaw`SELECT 1 AS n FROM pg_sleep(0.4)`.then((rows) => rows);
    await sleep(100);
    const queued = client.$queryRaw<{ n: number }[]>`SELECT 2 AS n`.then((rows) => rows);
    await sleep(20);
    const startedAt = Date.now();
    const refused = await client.$queryRaw`SELECT 3 AS n`.then(() => null, (error: unknown) => error);

    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(Date.now() - startedAt).toBeLessThan(200);
    expect(await queued).toEqual([{ n: 2 }]);
    await holding;
  });

  it("gives up waiting for a connection after connectionWaitMs, as unavailable", async () => {
    const client = clientWith({ size: 1, connectionWaitMs: 150 });
    const holding = client.$queryRaw`SELECT 1 AS n FROM pg_sleep(0.5)`.then((rows) => rows);
    await sleep(50);
    const waited = await client.user.findFirst().then(() => null, (error: unknown) => error);
    const inTransaction = await client.$transaction((tx) => tx.user.findFirst()).then(() => null, (error: unknown) => error);

    expect(isDatabaseUnavailable(waited)).toBe(true);
    expect(isDatabaseUnavailable(inTransaction)).toBe(true);
    await holding;
  });

  it("sets the statement, lock and idle-transaction timeouts on every connection", async () => {
    const client = clientWith({ statementTimeoutMs: 1_234, lockTimeoutMs: 567, transactionTimeoutMs: 8_900 });
    const [row] = await client.$queryRaw<{ statement: string; lock: string; idle: string; app: string }[]>`
      SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
             current_setting('idle_in_transaction_session_timeout') AS idle, current_setting('application_name') AS app`;
    expect(row).toEqual({ statement: "1234ms", lock: "567ms", idle: "8900ms", app: `triage:${process.pid}` });
  });

  it("answers a statement that runs past its timeout as unavailable", async () => {
    const client = clientWith({ statementTimeoutMs: 100 });
    const error = await client.$queryRaw`SELECT 1 AS n FROM pg_sleep(0.5)`.then(() => null, (e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("answers an unreachable server as unavailable", async () => {
    const client = clientWith({}, "postgresql://nobody:nothing@127.0.0.1:1/none");
    expect(isDatabaseUnavailable(await client.user.findFirst().then(() => null, (e: unknown) => e))).toBe(true);
    expect(isDatabaseUnavailable(await client.$transaction((tx) => tx.user.count()).then(() => null, (e: unknown) => e))).toBe(true);
  });

  it("answers a connection the server ends (restart, terminate) as unavailable, and recovers", async () => {
    const client = clientWith({});
    const running = client.$queryRaw`SELECT 1 AS n FROM pg_sleep(2)`.then(() => null, (e: unknown) => e);
    await sleep(300);
    const admin = await rawClient();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(2)%' AND pid <> pg_backend_pid()");

    expect(isDatabaseUnavailable(await running)).toBe(true);
    expect(await client.$queryRaw<{ n: number }[]>`SELECT 1 AS n`).toEqual([{ n: 1 }]);
  });

  it("holds a BEGIN back to send it with the statement after it, and the transaction is still one", async () => {
    const client = clientWith({});
    const { user } = await createUser();
    // The row-level security scope travels with its BEGIN and holds for the whole transaction.
    const settings = await client.$transaction(async (tx) => {
      await enterScope(tx, { userId: user.id });
      return tx.$queryRaw<{ user_id: string; began_with_this_statement: boolean }[]>`
        SELECT current_setting('app.user_id') AS user_id, now() = statement_timestamp() AS began_with_this_statement`;
    });
    expect(settings).toEqual([{ user_id: user.id, began_with_this_statement: false }]);
    // Another first statement is sent after the BEGIN: a failure still rolls it back.
    const renamed = client.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "Renamed" } });
      throw new Error("Changed my mind.");
    });
    await expect(renamed).rejects.toThrow("Changed my mind.");
    expect(await client.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: user.name });
    // An isolation level follows the BEGIN it belongs to, and an empty transaction is fine.
    const level = await client.$transaction((tx) => tx.$queryRaw<{ level: string }[]>`SELECT current_setting('transaction_isolation') AS level`, {
      isolationLevel: "Serializable",
    });
    expect(level).toEqual([{ level: "serializable" }]);
    await expect(client.$transaction(async () => "nothing")).resolves.toBe("nothing");
  });
});
