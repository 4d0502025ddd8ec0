import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

// Each test file gets a fresh database copied from the migrated template, so files run in
// parallel without seeing each other's rows.
const adminUrl = inject("testClusterUrl");
const templateDatabase = inject("templateDatabase");
const database = `triage_test_${randomBytes(6).toString("hex")}`;

async function onAdmin(sql: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

await onAdmin(`CREATE DATABASE ${database} TEMPLATE ${templateDatabase} STRATEGY FILE_COPY`);
const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
// lib/db.ts keeps its client on globalThis; a client from an earlier file in this worker points
// at that file's (dropped) database.
delete (globalThis as { prisma?: unknown }).prisma;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await onAdmin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});
