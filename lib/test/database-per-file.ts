import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { OWNER_ROLE } from "@/scripts/lib/database-roles";

// Each test file gets a fresh database copied from the migrated template, so files run in
// parallel without seeing each other's rows.
const adminUrl = inject("testClusterUrl");
const templateDatabase = inject("templateDatabase");
const templateUrls = inject("templateUrls");
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

await onAdmin(`CREATE DATABASE ${database} TEMPLATE ${templateDatabase} OWNER ${OWNER_ROLE} STRATEGY FILE_COPY`);

function onThisDatabase(templateUrl: string): string {
  const url = new URL(templateUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
// The app's code runs as the app's role, as in production; the owner's URL is for maintenance.
process.env.DATABASE_URL = onThisDatabase(templateUrls.url);
process.env.DATABASE_OWNER_URL = onThisDatabase(templateUrls.ownerUrl);
process.env.TEST_SUPERUSER_URL = onThisDatabase(adminUrl);
// lib/db.ts keeps its client on globalThis; a client from an earlier file in this worker points
// at that file's (dropped) database.
delete (globalThis as { prisma?: unknown }).prisma;

afterAll(async () => {
  const [{ db }, { db: testDb }] = await Promise.all([import("@/lib/db"), import("@/lib/test/db")]);
  await Promise.all([db.$disconnect(), testDb.$disconnect()]);
  await onAdmin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});
