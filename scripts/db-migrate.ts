// `npm run db:migrate -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the migrations so far to prisma/schema.prisma, for review and hand edits
// (extensions, triggers, partial indexes) before `npm start` applies it with `migrate deploy`.
// Uses `migrate diff` rather than `migrate dev`, which fails on exit under the Wasm engine.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./lib/database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migrate -- <snake_case_name>");
  process.exit(1);
}

const database = await resolveDatabase();
try {
  const diff = spawnSync(
    path.resolve("node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel",
      "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: database.ownerUrl }, encoding: "utf8" },
  );
  if (diff.status !== 0) throw new Error(diff.stderr);
  const sql = diff.stdout.trim();
  if (sql === "" || sql === "-- This is an empty migration.") {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), `${sql}\n`);
    console.log(`Wrote ${folder}/migration.sql: review it, then npm start applies it.`);
  }
} finally {
  await database.stop();
}
