import pg from "pg";
import type { TestProject } from "vitest/node";
import { type RunningCluster, startThrowawayCluster } from "@/scripts/lib/embedded-postgres";
import { applyMigrations } from "@/scripts/lib/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    testClusterUrl: string;
    templateDatabase: string;
  }
}

const TEMPLATE_DATABASE = "triage_test_template";

let cluster: RunningCluster | undefined;

/**
 * A PostgreSQL of the run's own: migrations are applied once to a template database, and each
 * test file gets a copy of it (lib/test/database-per-file.ts), ~70 ms instead of a migration.
 */
export async function setup(project: TestProject) {
  cluster = await startThrowawayCluster();
  const admin = new pg.Client({ connectionString: cluster.urlFor("postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  await applyMigrations(cluster.urlFor(TEMPLATE_DATABASE));
  project.provide("testClusterUrl", cluster.urlFor("postgres"));
  project.provide("templateDatabase", TEMPLATE_DATABASE);
}

export async function teardown() {
  await cluster?.stop();
}
