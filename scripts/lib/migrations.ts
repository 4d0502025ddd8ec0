import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { type DatabaseUrls, grantAppAccess } from "./database-roles";

const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma", "migrations");

function migrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Migrations in prisma/migrations that the database has not applied. A cheap query, so that
 * an up-to-date database starts without running the Prisma CLI at all.
 */
export async function listPendingMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
    );
    if (!rows[0]?.exists) return migrationNames();
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return migrationNames().filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

/**
 * Runs a Prisma CLI command against a database; resolves when it exits 0. Its chatter is kept
 * back and printed only when it fails.
 */
export function runPrisma(args: string[], url: string): Promise<void> {
  const preload = path.resolve(process.cwd(), "scripts", "unref-long-timers.cjs");
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules", ".bin", "prisma"), args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim(),
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`prisma ${args.join(" ")} exited with ${code}:\n${output}`)),
    );
  });
}

/** Applies pending migrations with `prisma migrate deploy` (never `db push`). */
export async function applyMigrations(url: string): Promise<void> {
  const pending = await listPendingMigrations(url);
  if (pending.length === 0) return;
  const started = Date.now();
  await runPrisma(["migrate", "deploy"], url);
  console.log(`Applied ${pending.length} migration(s) in ${Date.now() - started} ms: ${pending.join(", ")}`);
}

/** Pending migrations as the owner, then the app role's grants on whatever they created. */
export async function migrateDatabase(urls: DatabaseUrls): Promise<void> {
  await applyMigrations(urls.ownerUrl);
  await grantAppAccess(urls);
}
