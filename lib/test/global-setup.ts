import pg from "pg";
import type { TestProject } from "vitest/node";
import { type RunningCluster, TEST_CLUSTER, startCluster } from "@/scripts/lib/embedded-postgres";
import { applyMigrations } from "@/scripts/lib/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    testClusterUrl: string;
    templateDatabase: string;
  }
}

// Named per run, so that two test runs on one machine never drop each other's template.
const TEMPLATE_DATABASE = `triage_test_template_${process.pid}`;

let cluster: RunningCluster | undefined;

/**
 * One PostgreSQL for the whole run: migrations are applied once to a template database, and each
 * test file gets a copy of it (lib/test/database-per-file.ts), ~70 ms instead of a migration.
 */
export async function setup(project: TestProject) {
  cluster = await startCluster(TEST_CLUSTER);
  const admin = new pg.Client({ connectionString: cluster.urlFor("postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  await applyMigrations(cluster.urlFor(TEMPLATE_DATABASE));
  project.provide("testClusterUrl", cluster.urlFor("postgres"));
  project.provide("templateDatabase", TEMPLATE_DATABASE);
}

export async function teardown() {
  if (!cluster) return;
  const admin = new pg.Client({ connectionString: cluster.urlFor("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`).finally(() => admin.end());
  await cluster.stop();
}
