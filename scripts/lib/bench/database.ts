import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { BATCH_POOL_SETTINGS, createPrismaClient } from "@/lib/prisma-client";
import { bootstrapFirstAdmin } from "../bootstrap";
import { type DatabaseUrls, prepareEmbeddedDatabase } from "../database-roles";
import { APP_CLUSTER, startCluster, type RunningCluster } from "../embedded-postgres";
import { migrateDatabase } from "../migrations";
import { upsertDirectory } from "../seed/directory";
import { seedNorthwind } from "../seed/northwind";
import { DEFAULT_WORKSPACE } from "@/lib/setup/first-admin";
import { DEMO_PASSWORD } from "../seed/people";
import { seedTickets, timed } from "../seed/seed-tickets";
import { withClient } from "../with-client";
import { benchIncidentCount, seedBenchIncidents } from "./incidents";

/** The first admin the bench database is bootstrapped with (never a real deployment's). */
export const BENCH_ADMIN = { email: "bench-admin@example.com", password: "bench admin password 2026" };

/** Its URLs: the app's role and the owner, and the superuser's, which the seed and the bench's own look-ups use. */
export type BenchDatabase = DatabaseUrls & { superuserUrl: string; cluster: RunningCluster; tickets: number; seedSeconds: number | null };

async function countTickets(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const exists = await client.query<{ ok: boolean }>("SELECT to_regclass('public.tickets') IS NOT NULL AS ok");
    if (!exists.rows[0]?.ok) return 0;
    const { rows } = await client.query<{ count: string }>("SELECT count(*) AS count FROM tickets");
    return Number(rows[0]!.count);
  });
}

/** The demo's small second workspace, so that every measurement runs beside another workspace's rows. */
async function seedSecondWorkspace(superuserUrl: string, mainTickets: number, log: (message: string) => void) {
  const prisma = createPrismaClient(superuserUrl, BATCH_POOL_SETTINGS);
  try {
    await seedNorthwind({ prisma, url: superuserUrl, passwordHash: await hashPassword(DEMO_PASSWORD), mainTickets, log });
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * The bench database on the app's embedded cluster, beside (never instead of) the app's own
 * `triage` database: recreated and seeded with `tickets` tickets by the demo seeder (and a fifth
 * as many incidents, at most 20,000), unless
 * `reuse` and it already holds that many (then migrated to the current schema). Analyzed either
 * way, so plans reflect its size.
 */
export async function prepareBenchDatabase(name: string, tickets: number, reuse: boolean, log: (message: string) => void): Promise<BenchDatabase> {
  const cluster = await startCluster(APP_CLUSTER);
  const existing = await withClient(cluster.urlFor("postgres"), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1 ? await countTickets(cluster.urlFor(name)) : null;
  });
  if (reuse && existing !== null && existing >= tickets) {
    log(`Reusing ${name}: ${existing.toLocaleString("en-US")} tickets`);
    // A database seeded by an older checkout gets the roles and migrations since.
    const urls = await prepareEmbeddedDatabase(cluster.urlFor, name);
    await migrateDatabase(urls);
    await seedSecondWorkspace(cluster.urlFor(name), existing, log);
    await seedBenchIncidents(cluster.urlFor(name), benchIncidentCount(existing), log);
    await withClient(urls.ownerUrl, (client) => client.query("ANALYZE"));
    return { ...urls, superuserUrl: cluster.urlFor(name), cluster, tickets: existing, seedSeconds: null };
  }
  await withClient(cluster.urlFor("postgres"), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const urls = await prepareEmbeddedDatabase(cluster.urlFor, name);
  await migrateDatabase(urls);
  Object.assign(process.env, { ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password });
  await bootstrapFirstAdmin(urls.url);
  const started = performance.now();
  // The loader COPYs into tables under row-level security: only the superuser may.
  const superuserUrl = cluster.urlFor(name);
  const prisma = createPrismaClient(superuserUrl, BATCH_POOL_SETTINGS);
  const directory = await upsertDirectory(prisma, await hashPassword(DEMO_PASSWORD)).finally(() => prisma.$disconnect());
  await seedTickets({ url: superuserUrl, directory, total: tickets, seed: 1, log });
  await seedSecondWorkspace(superuserUrl, tickets, log);
  await seedBenchIncidents(superuserUrl, benchIncidentCount(tickets), log);
  const seedSeconds = (performance.now() - started) / 1000;
  await timed(log, "Analyzed", () => withClient(urls.ownerUrl, (client) => client.query("ANALYZE")));
  return { ...urls, superuserUrl, cluster, tickets, seedSeconds };
}

export type BenchActor = Actor;

/** A seeded member of the main workspace the bench signs in as (the agent, the manager), with the ids its queries are scoped by. */
export async function findBenchMember(url: string, email: string, role: Role): Promise<BenchActor> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ user_id: string; workspace_id: string }>(
      `SELECT m.user_id, m.workspace_id FROM memberships m JOIN users u ON u.id = m.user_id
        JOIN workspaces w ON w.id = m.workspace_id
        WHERE u.email = $1 AND m.role = $2 AND w.slug = $3`,
      [email, role, DEFAULT_WORKSPACE.slug],
    );
    if (!rows[0]) throw new Error(`${email} is not a ${role.toLowerCase()} in the bench database.`);
    return { workspaceId: rows[0].workspace_id, workspaceSlug: DEFAULT_WORKSPACE.slug, userId: rows[0].user_id, role, email, name: "", twoFactorEnrolmentRequired: false };
  });
}
