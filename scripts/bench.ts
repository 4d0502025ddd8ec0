// `npm run bench [-- --tickets N --concurrency C --requests R --database NAME --reuse --out PATH]`:
// seeds a separate database on the embedded cluster, serves the production build against it,
// and measures each scenario through the real HTTP server, signed in as a seeded agent, and as
// its SQL alone, so the app's overhead shows as a ratio. Prints a table and writes it as JSON.
// Not part of `npm test`: it takes minutes and its numbers depend on the machine.
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { parseBenchArgs, USAGE, type BenchArgs } from "./lib/bench/args";
import { BENCH_ADMIN, findBenchMember, prepareBenchDatabase } from "./lib/bench/database";
import { createDashboardScenarios } from "./lib/bench/dashboard-scenarios";
import { createApiScenarios } from "./lib/bench/api-scenarios";
import { createIncidentScenarios } from "./lib/bench/incidents";
import { createStatusPageScenarios } from "./lib/bench/status-page-scenarios";
import { measureScenario, type ScenarioResult } from "./lib/bench/measure";
import { type BenchReport, formatTable, writeReport } from "./lib/bench/report";
import * as sqlBuilders from "./lib/bench/scenario-sql";
import { createScenarios, type SearchTerms } from "./lib/bench/scenarios";
import { startBenchServer } from "./lib/bench/server";
import { formatStorm, runWriteStorm, type StormResult } from "./lib/bench/storm";
import { signIn } from "./lib/bench/sign-in";
import { loadLocalSecrets } from "./lib/local-env";
import { DEMO_PASSWORD } from "./lib/seed/people";

/** A word in every seeded description's sign-off, and one of the seven integration names (~1 %). */
const SEARCH_TERMS: SearchTerms = { common: "thanks", rare: "zapier" };
const AGENT_EMAIL = "agent1@example.com";
/** The write storm: 200 API clients filing tickets for 60 s, about ten per database connection. */
const STORM = { name: "API write storm", clients: 200, seconds: 60 };
const MANAGER_EMAIL = "manager@example.com";

function parseArgsOrExit(): BenchArgs {
  const argv = process.argv.slice(2);
  if (argv.includes("--help")) {
    console.log(USAGE);
    process.exit(0);
  }
  try {
    return parseBenchArgs(argv);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    process.exit(1);
  }
}

async function countMatches(pool: pg.Pool, word: string): Promise<number> {
  const { rows } = await pool.query<{ count: string }>(
    "SELECT count(*) AS count FROM tickets t WHERE t.search_vector @@ websearch_to_tsquery('english', $1)",
    [word],
  );
  return Number(rows[0]!.count);
}

async function ticketNumberRange(pool: pg.Pool, workspaceId: string) {
  const { rows } = await pool.query<{ min: number; max: number }>(
    "SELECT min(number) AS min, max(number) AS max FROM tickets WHERE workspace_id = $1 AND merged_into_id IS NULL",
    [workspaceId],
  );
  return { min: rows[0]!.min, max: rows[0]!.max };
}

/**
 * A service key for the API scenarios, made by the bench admin with the app's own mutation; the
 * workspace's API limits are lifted on this database so that the bench measures the API, not 429s.
 */
async function createBenchApiKey() {
  const admin = await findBenchMember(database.superuserUrl, BENCH_ADMIN.email, "ADMIN");
  const { createServiceKey } = await import("@/lib/api-keys/mutations");
  const { dbFor } = await import("@/lib/db");
  await dbFor(admin).workspace.update({ where: { id: admin.workspaceId }, data: { apiRequestsPerMinute: 1_000_000, apiDailyWriteQuota: 1_000_000 } });
  const { token } = await createServiceKey(admin, { name: "Bench", scopes: ["tickets:read", "tickets:write"], expiresInDays: "7" });
  const key = await dbFor(admin).apiKey.findFirstOrThrow({ where: { prefix: token.slice(0, 12) }, select: { userId: true } });
  const actor: Actor = { ...admin, userId: key.userId, role: "AGENT" };
  return { token, actor };
}

/** The last number the workspace's counter gave out. */
async function lastTicketNumber(pool: pg.Pool, workspaceId: string): Promise<number> {
  const { rows } = await pool.query<{ last: number }>("SELECT ticket_number AS last FROM workspaces WHERE id = $1", [workspaceId]);
  return rows[0]!.last;
}

/**
 * Whether the tickets filed during this run (warm-up included) got every number after `before`
 * up to where the counter now stands, each once: none skipped, none given twice.
 */
async function checkTicketNumbersSince(pool: pg.Pool, workspaceId: string, before: number) {
  const last = await lastTicketNumber(pool, workspaceId);
  const { rows } = await pool.query<{ count: number; distinct: number; min: number | null; max: number | null }>(
    "SELECT count(*)::int AS count, count(DISTINCT number)::int AS distinct, min(number) AS min, max(number) AS max FROM tickets WHERE workspace_id = $1 AND number > $2",
    [workspaceId, before],
  );
  const row = rows[0]!;
  const min = row.min ?? before + 1;
  const max = row.max ?? before;
  return { count: row.count, distinct: row.distinct, min, max, isGapless: row.count === row.distinct && max === last && last - before === row.count };
}

/**
 * Removes what the run filed (tickets after `before`, and their queued emails), so that a
 * reused database starts the next run as this one did: otherwise the filed tickets pile up at
 * the top of the queue, and the outbox worker delivers a backlog while the next run measures.
 */
async function removeFiledTickets(pool: pg.Pool, workspaceId: string, before: number, since: Date) {
  await pool.query("DELETE FROM tickets WHERE workspace_id = $1 AND number > $2", [workspaceId, before]);
  await pool.query("DELETE FROM email_messages WHERE workspace_id = $1 AND created_at >= $2", [workspaceId, since]);
}

const args = parseArgsOrExit();
const startedAt = new Date();
const log = (message: string) => console.log(message);
loadLocalSecrets();
const database = await prepareBenchDatabase(args.database, args.tickets, args.reuse, log);
// The SQL-alone figures are PostgreSQL's as the app's role sees it: under row-level security, in
// the bench workspace (one workspace: a session setting stands in for the app's per-transaction one).
const benchWorkspaceId = (await findBenchMember(database.superuserUrl, AGENT_EMAIL, "AGENT")).workspaceId;
const pool = new pg.Pool({ connectionString: database.url, max: args.concurrency, options: `-c app.workspace_id=${benchWorkspaceId}` });
// The dashboard reads rollups: build whatever the seed (or earlier changes) queued before measuring.
process.env.DATABASE_URL = database.url;
const { refreshRollups } = await import("@/lib/dashboard/rollup");
const rollupStarted = performance.now();
const rolledUpDays = await refreshRollups({ maxBatches: 1_000 });
log(`Built dashboard rollups for ${rolledUpDays} days in ${((performance.now() - rollupStarted) / 1000).toFixed(1)} s`);
const apiKey = await createBenchApiKey();
// Stopping the embedded cluster at the end terminates connections the pool is still closing;
// without a listener pg would throw that from the pool as uncaught. Before then, say it.
let isStopping = false;
pool.on("error", (error) => {
  if (!isStopping) console.error(`Bench database connection: ${error.message}`);
});
const server = await startBenchServer(database, { ADMIN_EMAIL: BENCH_ADMIN.email, ADMIN_PASSWORD: BENCH_ADMIN.password });
try {
  const headers = {
    agent: { cookie: await signIn(server.origin, AGENT_EMAIL, DEMO_PASSWORD) },
    manager: { cookie: await signIn(server.origin, MANAGER_EMAIL, DEMO_PASSWORD) },
    api: { authorization: `Bearer ${apiKey.token}` },
    anonymous: {},
  };
  const actor = await findBenchMember(database.superuserUrl, AGENT_EMAIL, "AGENT");
  const manager = await findBenchMember(database.superuserUrl, MANAGER_EMAIL, "MANAGER");
  const allScenarios = [
    ...createScenarios(actor, sqlBuilders, SEARCH_TERMS, await ticketNumberRange(pool, actor.workspaceId)),
    ...createDashboardScenarios(manager),
    ...createIncidentScenarios(actor, manager),
    ...createApiScenarios(apiKey.actor),
    ...(await createStatusPageScenarios(pool, { id: actor.workspaceId, slug: actor.workspaceSlug })),
  ];
  const numberBefore = await lastTicketNumber(pool, apiKey.actor.workspaceId);
  const scenarios = allScenarios.filter((scenario) => args.only === null || scenario.name.toLowerCase().includes(args.only));
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    log(`Measuring ${scenario.name}…`);
    results.push(await measureScenario(scenario, { origin: server.origin, headers, pool, requests: args.requests, concurrency: args.concurrency }));
  }
  let writeStorm: StormResult | null = null;
  if (args.only === null || STORM.name.toLowerCase().includes(args.only)) {
    log(`Running the ${STORM.name} (${STORM.clients} clients, ${STORM.seconds} s)…`);
    const settings = { origin: server.origin, token: apiKey.token, clients: STORM.clients, seconds: STORM.seconds, titlePrefix: `Bench storm ${startedAt.getTime()}`, keyPrefix: `bench-storm-${startedAt.getTime()}` };
    writeStorm = await runWriteStorm(settings, pool, apiKey.actor.workspaceId);
  }
  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    settings: { tickets: database.tickets, concurrency: args.concurrency, requests: args.requests, database: args.database },
    seedSeconds: database.seedSeconds === null ? null : Math.round(database.seedSeconds * 10) / 10,
    searchTerms: Object.fromEntries(
      await Promise.all(Object.entries(SEARCH_TERMS).map(async ([kind, word]) => [kind, { word, matchingTickets: await countMatches(pool, word) }])),
    ),
    scenarios: results,
    writeStorm,
    apiTicketNumbers: await checkTicketNumbersSince(pool, apiKey.actor.workspaceId, numberBefore),
  };
  log(`\n${database.tickets.toLocaleString("en-US")} tickets, ${args.concurrency} concurrent, ${args.requests} requests each (ms)\n`);
  log(formatTable(results));
  if (writeStorm) log(`\n${formatStorm(writeStorm)}`);
  const numbers = report.apiTicketNumbers;
  log(`\nTickets filed during the run: ${numbers.count}, numbers ${numbers.min}–${numbers.max}, ${numbers.distinct} distinct: ${numbers.isGapless ? "no number duplicated or skipped" : "NUMBERS DUPLICATED OR SKIPPED"}`);
  writeReport(args.out, report);
  await removeFiledTickets(pool, apiKey.actor.workspaceId, numberBefore, startedAt);
  log(`\nWritten to ${args.out}`);
} catch (error) {
  process.exitCode = 1;
  console.error(`\nBench failed: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  isStopping = true;
  await server.stop();
  await pool.end();
  await database.cluster.stop();
}
