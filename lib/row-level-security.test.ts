import { describe, expect, it } from "vitest";
import { db, dbFor, transactionFor } from "@/lib/db";
import { db as superuser } from "@/lib/test/db";
import { createTestCategory, createTicket, createUser, createWorkspace } from "@/lib/test/factories";

// The database's own isolation of workspaces, through the app's connection (the app's role),
// with queries that deliberately forget their workspace filter.

async function twoWorkspaces() {
  const [first, second] = [await createWorkspace(), await createWorkspace()];
  const [{ user: alice, actor: aliceActor }, { user: bob }] = [
    await createUser({ role: "AGENT", workspaceId: first.id }),
    await createUser({ role: "AGENT", workspaceId: second.id }),
  ];
  const mine = await createTicket({ workspaceId: first.id, requesterId: alice.id, title: "Mine" });
  const theirs = await createTicket({ workspaceId: second.id, requesterId: bob.id, title: "Theirs" });
  return { first, second, alice, aliceActor, bob, mine, theirs };
}

describe("row-level security", () => {
  it("shows an unfiltered query only the rows of the workspace its transaction is in", async () => {
    const { first, mine } = await twoWorkspaces();
    const rows = await dbFor({ workspaceId: first.id }).$queryRaw<{ id: string }[]>`SELECT id FROM tickets`;
    expect(rows.map((row) => row.id)).toEqual([mine.id]);
    expect(await dbFor({ workspaceId: first.id }).ticket.count()).toBe(1);
  });

  it("shows a connection in no workspace no workspace's rows at all", async () => {
    await twoWorkspaces();
    expect(await db.$queryRaw`SELECT id FROM tickets`).toEqual([]);
    expect(await db.comment.count()).toBe(0);
    expect(await db.category.count()).toBe(0);
  });

  it("refuses to write a row into another workspace, and to move one there", async () => {
    const { first, second, alice, mine } = await twoWorkspaces();
    const intoOther = transactionFor({ workspaceId: first.id }, (tx) =>
      tx.category.create({ data: { workspaceId: second.id, name: "Smuggled" } }),
    );
    await expect(intoOther).rejects.toThrow(/row-level security/);
    const moved = transactionFor({ workspaceId: first.id }, (tx) =>
      tx.$executeRaw`UPDATE tickets SET workspace_id = ${second.id}::uuid WHERE id = ${mine.id}::uuid`,
    );
    await expect(moved).rejects.toThrow(/row-level security/);
    expect(await superuser.category.count({ where: { name: "Smuggled" } })).toBe(0);
    expect(await superuser.ticket.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ workspaceId: first.id });
    // Writing in its own workspace works, and the default fills the scope's workspace in.
    const category = await createTestCategory({ workspaceId: first.id });
    await transactionFor({ workspaceId: first.id }, (tx) => tx.categoryWatcher.create({ data: { categoryId: category.id, userId: alice.id } }));
    expect(await superuser.categoryWatcher.findFirstOrThrow({ where: { categoryId: category.id } })).toMatchObject({ workspaceId: first.id });
  });

  it("cannot update or delete another workspace's rows even by id", async () => {
    const { first, theirs } = await twoWorkspaces();
    const scoped = dbFor({ workspaceId: first.id });
    expect(await scoped.ticket.updateMany({ where: { id: theirs.id }, data: { title: "Defaced" } })).toEqual({ count: 0 });
    expect(await scoped.ticket.deleteMany({ where: { id: theirs.id } })).toEqual({ count: 0 });
    expect(await superuser.ticket.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ title: "Theirs" });
  });

  it("lets a user see their own memberships in every workspace, and nobody else's outside their workspace", async () => {
    const { first, second, alice, bob } = await twoWorkspaces();
    await superuser.membership.create({ data: { userId: alice.id, workspaceId: second.id, role: "CLIENT" } });
    const own = await dbFor({ userId: alice.id }).membership.findMany({ select: { workspaceId: true } });
    expect(own.map((row) => row.workspaceId).sort()).toEqual([first.id, second.id].sort());
    expect(await dbFor({ userId: alice.id, workspaceId: first.id }).membership.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("keeps the scope inside its transaction: the next statement on a pooled connection has none", async () => {
    const { first } = await twoWorkspaces();
    expect(await dbFor({ workspaceId: first.id }).ticket.count()).toBe(1);
    // One connection, so the same one that served the scoped statement.
    const [setting] = await db.$queryRaw<{ value: string | null }[]>`SELECT current_setting('app.workspace_id', true) AS value`;
    expect(setting?.value ?? "").toBe("");
  });

  it("puts every table that has a workspace_id under forced row-level security", async () => {
    const tables = await superuser.$queryRaw<{ table: string; enabled: boolean; forced: boolean; policies: number }[]>`
      SELECT c.relname::text AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
        FROM pg_class c
        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped
       WHERE (a.attname IS NOT NULL AND c.relnamespace = 'public'::regnamespace AND c.relkind = 'r')
          OR c.oid = 'public.workspaces'::regclass
       ORDER BY c.relname`;
    expect(tables.map((table) => table.table)).toEqual(expect.arrayContaining(["comments", "memberships", "tickets", "workspaces"]));
    for (const table of tables) expect(table, table.table).toMatchObject({ enabled: true, forced: true, policies: expect.any(Number) });
    expect(tables.every((table) => table.policies > 0)).toBe(true);
  });

  it("connects the app as a role that owns nothing and cannot bypass row-level security", async () => {
    const [role] = await db.$queryRaw<{ name: string; superuser: boolean; bypass: boolean; owned: number }[]>`
      SELECT r.rolname::text AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
             (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) AS owned
        FROM pg_roles r WHERE r.rolname = current_user`;
    expect(role).toEqual({ name: "triage_app", superuser: false, bypass: false, owned: 0 });
  });

  it("lets the planner use the full-text indexes under the policies (tsvector @@ tsquery is leakproof)", async () => {
    const [match] = await db.$queryRaw<{ leakproof: boolean }[]>`
      SELECT proleakproof AS leakproof FROM pg_proc WHERE oid = 'pg_catalog.ts_match_vq(tsvector, tsquery)'::regprocedure`;
    expect(match).toEqual({ leakproof: true });
  });

  it("shows a statement scoped by an API key's hash that key and the one membership it acts through", async () => {
    const { first, second, alice, aliceActor } = await twoWorkspaces();
    await superuser.membership.create({ data: { userId: alice.id, workspaceId: second.id, role: "CLIENT" } });
    const secretHash = "ab".repeat(32);
    await superuser.apiKey.create({
      data: { workspaceId: first.id, userId: alice.id, kind: "PERSONAL", name: "Script", prefix: "trg_rlstest", secretHash, scopes: [], createdById: aliceActor.userId },
    });
    const scoped = dbFor({ apiKeyHash: secretHash });
    expect(await scoped.apiKey.count()).toBe(1);
    expect(await scoped.membership.findMany({ select: { workspaceId: true } })).toEqual([{ workspaceId: first.id }]);
    expect(await dbFor({ apiKeyHash: "cd".repeat(32) }).membership.count()).toBe(0);
  });
});
