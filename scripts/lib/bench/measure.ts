import pg from "pg";
import { createHttpClient, runLoad } from "./load-loop";
import type { Scenario } from "./scenarios";
import { type Summary, summarize } from "./stats";

const WARM_UP = 20;

export type PlanReport = { indexes: string[]; keyLines: string[]; plan: string };

export type ScenarioResult = {
  name: string;
  samplePath: string | null;
  app: Summary | null;
  sql: Summary | null;
  /** App median and p95 over SQL median and p95: what the app adds on top of its query. */
  ratio: { median: number; p95: number } | null;
  explain: PlanReport | null;
};

/** Warm-up requests first (caches, JIT, pooled connections), then the measured ones. */
async function measure(requests: number, concurrency: number, task: (index: number) => Promise<void>): Promise<Summary> {
  await runLoad(Math.min(WARM_UP, requests), concurrency, (index) => task(requests + index));
  const run = await runLoad(requests, concurrency, task);
  return summarize(run.latenciesMs, run.wallMs);
}

const SCAN = /(?:Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)?(?: using| on) (\S+)|Seq Scan on (\S+)/;

/** EXPLAIN (ANALYZE, BUFFERS) text, with the scans picked out: which index each read uses. */
export async function explain(pool: pg.Pool, query: { text: string; values: unknown[] }): Promise<PlanReport> {
  const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values);
  const lines = rows.map((row) => row["QUERY PLAN"]);
  const keyLines = lines.filter((line) => SCAN.test(line) || /Execution Time/.test(line)).map((line) => line.trim());
  const indexes = [...new Set(lines.flatMap((line) => {
    const match = SCAN.exec(line);
    return match ? [match[1] ?? `seq scan: ${match[2]}`] : [];
  }))];
  return { indexes, keyLines, plan: lines.join("\n") };
}

export async function measureScenario(
  scenario: Scenario,
  options: { origin: string; headers: Record<Scenario["signedInAs"], Record<string, string>>; pool: pg.Pool; requests: number; concurrency: number },
): Promise<ScenarioResult> {
  const { requests, concurrency, pool } = options;
  let app: Summary | null = null;
  if (scenario.hasPage) {
    const client = createHttpClient(options.origin, concurrency, options.headers[scenario.signedInAs]);
    const { postBody } = scenario;
    try {
      app = await measure(requests, concurrency, (index) =>
        postBody ? client.post(scenario.path(index), postBody(index)) : client.get(scenario.path(index)));
    } finally {
      client.close();
    }
  }
  const sqlOf = scenario.sql;
  const sql = sqlOf
    ? await measure(requests, concurrency, async (index) => {
        const query = sqlOf(index);
        await pool.query(query.text, query.values);
      })
    : null;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    name: scenario.name,
    samplePath: scenario.hasPage ? scenario.path(0) : null,
    app,
    sql,
    ratio: app && sql ? { median: round(app.medianMs / sql.medianMs), p95: round(app.p95Ms / sql.p95Ms) } : null,
    explain: sqlOf ? await explain(pool, sqlOf(0)) : null,
  };
}
