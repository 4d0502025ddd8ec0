// `npm start` (production server) and `npm run dev` (`--dev`): resolve the database (DATABASE_URL
// or the embedded PostgreSQL), apply pending migrations, create the first admin on an empty
// database, build if the sources changed, then run Next. On SIGTERM/SIGINT the server drains
// first, then the embedded PostgreSQL stops; if that database dies under the server, everything
// stops with exit 1 for a supervisor to restart (README, "Stopping and restarting").
import type { ChildProcess } from "node:child_process";
import { assertServerConfig, describeMissingServerConfig, findMissingServerConfig } from "@/lib/server-config";
import { ensureProductionBuild, runServer } from "./lib/build";
import { resolveDatabase } from "./lib/database";
import { isProductionDeployment, loadLocalSecrets } from "./lib/local-env";
import { migrateDatabase } from "./lib/migrations";
import { bootstrapFirstAdmin } from "./lib/bootstrap";
import { type StopSignal, takeOverStopSignals } from "./lib/stop-signals";

const isDev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

loadLocalSecrets();
// scripts/server.mjs redirects to https in production unless FORCE_HTTPS=false. The server is
// production mode on a laptop too, so only an operator's NODE_ENV=production or a public https
// AUTH_URL turns it on by default; a local `npm start` keeps serving http://localhost.
process.env.FORCE_HTTPS ??= (isProductionDeployment || process.env.AUTH_URL?.startsWith("https://")) ? "true" : "false";
const missingSecrets = findMissingServerConfig({ ...process.env, DATABASE_URL: "resolved below" });
if (isProductionDeployment && missingSecrets.length > 0) fail(describeMissingServerConfig(missingSecrets));

let server: ChildProcess | undefined;
let stopRequest: StopSignal | undefined;
// Before the server runs (migrations, a build), a signal stops at the next step.
takeOverStopSignals((signal) => {
  stopRequest = signal;
  server?.kill(signal);
});

const database = await resolveDatabase().catch((error: Error) => fail(error.message));
process.env.DATABASE_URL = database.url;
process.env.DATABASE_OWNER_URL = database.ownerUrl;
const stopIfAsked = async () => {
  if (!stopRequest) return;
  await database.stop();
  process.exit(0);
};
try {
  assertServerConfig();
  await migrateDatabase(database);
  await bootstrapFirstAdmin(database.url);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!isDev) await ensureProductionBuild(env);
  await stopIfAsked();

  const running = (server = runServer(isDev, { ...env, PORT: port }));
  let exitCode: number | undefined;
  database.watch(() => {
    // A signal to the whole process group (Ctrl-C) stops PostgreSQL too: expected, not a crash.
    if (stopRequest) return;
    console.error(
      "\nThe embedded PostgreSQL stopped unexpectedly. Triage stops too rather than answer every " +
        "request with an error; `npm start` (or your supervisor) starts both again.\n",
    );
    exitCode = 1;
    running.kill("SIGTERM");
  });
  const serverCode = await new Promise<number>((resolve) => running.once("exit", (code) => resolve(code ?? 1)));
  await database.stop();
  process.exit(exitCode ?? serverCode);
} catch (error) {
  await database.stop();
  fail(error instanceof Error ? error.message : String(error));
}
