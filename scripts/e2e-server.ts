// The server Playwright tests against (playwright.config.ts): a fresh database on the tests'
// embedded PostgreSQL, the first admin from E2E_ADMIN, a small demo seed, then `npm start`.
import { spawn } from "node:child_process";
import pg from "pg";
import { E2E_ADMIN, E2E_DATABASE } from "@/e2e/config";
import { bootstrapFirstAdmin } from "./lib/bootstrap";
import { TEST_CLUSTER, startCluster } from "./lib/embedded-postgres";
import { loadLocalSecrets } from "./lib/local-env";
import { prepareEmbeddedDatabase } from "./lib/database-roles";
import { migrateDatabase } from "./lib/migrations";

loadLocalSecrets();
const cluster = await startCluster(TEST_CLUSTER);
const admin = new pg.Client({ connectionString: cluster.urlFor("postgres") });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
await admin.end();

const database = await prepareEmbeddedDatabase(cluster.urlFor, E2E_DATABASE);
Object.assign(process.env, {
  DATABASE_URL: database.url,
  DATABASE_OWNER_URL: database.ownerUrl,
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
  // The production build is tested over http://localhost: no redirect to https.
  FORCE_HTTPS: "false",
  // Specs that fail sign-ins on purpose send X-Forwarded-For to appear from their own address
  // (e2e/support.ts), so the proof-of-work check they bring on stays out of the other specs.
  TRUSTED_PROXY_COUNT: "1",
});
await migrateDatabase(database);
await bootstrapFirstAdmin(database.url);
await new Promise<void>((resolve, reject) => {
  // The seed loads with COPY, which row-level security allows only a role that bypasses it.
  const env = { ...process.env, DATABASE_OWNER_URL: cluster.urlFor(E2E_DATABASE) };
  const seed = spawn("npm", ["run", "--silent", "db:seed", "--", "--tickets", "60"], { stdio: "inherit", env });
  seed.once("exit", (code) => (code === 0 ? resolve() : reject(new Error("the e2e seed failed"))));
});
await import("./start");
