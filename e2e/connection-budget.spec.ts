import { expect, test } from "@playwright/test";
import pg from "pg";
import { startCluster, TEST_CLUSTER } from "../scripts/lib/embedded-postgres";
import { E2E_ADMIN, E2E_DATABASE } from "./config";
import { signedInPage, inWorkspace } from "./support";

const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

// The README's connection budget: each server process opens at most DATABASE_POOL_SIZE
// connections for pages, the API and the background jobs together, plus one for the readiness
// probe. The production build puts the data layer in several server chunks; they must share one
// pool. Counted after saturating every kind of request at once.
test("each server process stays within its connection budget under load", async ({ browser, request }) => {
  test.setTimeout(60_000);
  const page = await signedInPage(browser, E2E_ADMIN.email, E2E_ADMIN.password);
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const unknownKey = `Bearer trg_AAAAAAAA_${"A".repeat(43)}`;
  const burst = Array.from({ length: 40 }, (_, index) => [
    request.get(inWorkspace(["/tickets", "/dashboard", "/admin/audit", "/tickets?status=OPEN"][index % 4]!), { headers: { cookie } }),
    request.get("/api/v1/tickets", { headers: { authorization: unknownKey } }),
    request.get("/api/health/ready"),
  ]).flat();
  const answers = await Promise.all(burst);
  expect(answers.map((answer) => answer.status()).filter((status) => status >= 500)).toEqual([]);
  // The background jobs poll every 10 s in each process.
  await page.waitForTimeout(11_000);

  const cluster = await startCluster(TEST_CLUSTER);
  const client = new pg.Client({ connectionString: cluster.urlFor("postgres") });
  await client.connect();
  try {
    const { rows } = await client.query<{ application_name: string; connections: number }>(
      `SELECT application_name, count(*)::int AS connections FROM pg_stat_activity
        WHERE datname = $1 GROUP BY application_name`,
      [E2E_DATABASE],
    );
    const appPools = rows.filter((row) => /^triage:\d+$/.test(row.application_name));
    const probes = rows.filter((row) => /^triage-health:\d+$/.test(row.application_name));
    expect(appPools.length).toBeGreaterThan(0);
    for (const pool of appPools) expect(pool.connections).toBeLessThanOrEqual(POOL_SIZE);
    for (const probe of probes) expect(probe.connections).toBe(1);
    expect(rows.filter((row) => !appPools.includes(row) && !probes.includes(row))).toEqual([]);
  } finally {
    await client.end();
  }
});
