// `npm start` (production server) and `npm run dev` (`--dev`): resolve the database (DATABASE_URL
// or the embedded PostgreSQL), apply pending migrations, create the first admin on an empty
// database, build if the sources changed, then run Next. Stops the embedded server on exit.
import type { ChildProcess } from "node:child_process";
import { assertServerConfig } from "@/lib/server-config";
import { ensureProductionBuild, runNext } from "./lib/build";
import { resolveDatabase } from "./lib/database";
import { getLocalSecret } from "./lib/local-secrets";
import { applyMigrations } from "./lib/migrations";
import { bootstrapFirstAdmin } from "./lib/bootstrap";

const isDev = process.argv.includes("--dev");
// Set by the operator, not by us: `next start` always runs with NODE_ENV=production, but only a
// deployment that says so must bring its own secrets.
const isProductionDeployment = process.env.NODE_ENV === "production";
const port = process.env.PORT ?? "3000";

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (!isProductionDeployment) process.env.AUTH_SECRET ??= getLocalSecret("AUTH_SECRET");
if (isProductionDeployment && !process.env.AUTH_SECRET) {
  fail("AUTH_SECRET is required when NODE_ENV=production. Generate one with `openssl rand -base64 32`.");
}

const database = await resolveDatabase().catch((error: Error) => fail(error.message));
process.env.DATABASE_URL = database.url;
try {
  assertServerConfig();
  await applyMigrations(database.url);
  await bootstrapFirstAdmin(database.url);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!isDev) await ensureProductionBuild(env);

  const server: ChildProcess = runNext(isDev ? ["dev", "-p", port] : ["start", "-p", port], env);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  const code = await new Promise<number>((resolve) => server.once("exit", (c) => resolve(c ?? 0)));
  await database.stop();
  process.exit(code);
} catch (error) {
  await database.stop();
  fail(error instanceof Error ? error.message : String(error));
}
