import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { startCluster, TEST_CLUSTER } from "../scripts/lib/embedded-postgres";
import { E2E_ADMIN, E2E_DATABASE, E2E_WORKSPACE_SLUG } from "./config";
import { inWorkspace, linkPathFromMailbox, newPage, signIn } from "./support";

const STATUS_PATH = `/status/${E2E_WORKSPACE_SLUG}`;

/** The e2e database as its owner, for what the UI of this branch cannot do yet: post an update. */
async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const cluster = await startCluster(TEST_CLUSTER);
  const client = new pg.Client({ connectionString: cluster.urlFor(E2E_DATABASE) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An open incident in the e2e workspace with one public and one internal update, as posting them would store. */
function declareWithUpdates(title: string, publicBody: string, internalBody: string) {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ workspace_id: string; number: number; user_id: string }>(
      `UPDATE workspaces w SET incident_number = incident_number + 1
         FROM users u WHERE w.slug = $1 AND u.email = $2
       RETURNING w.id AS workspace_id, w.incident_number AS number, u.id AS user_id`,
      [E2E_WORKSPACE_SLUG, E2E_ADMIN.email],
    );
    const { workspace_id: workspaceId, number, user_id: userId } = rows[0]!;
    const incident = await client.query<{ id: string }>(
      `INSERT INTO incidents (workspace_id, number, title, severity, commander_id, declared_by_id)
       VALUES ($1, $2, $3, 'SEV2', $4, $4) RETURNING id`,
      [workspaceId, number, title, userId],
    );
    for (const [visibility, body] of [["PUBLIC", publicBody], ["INTERNAL", internalBody]]) {
      await client.query(
        `INSERT INTO incident_status_updates (workspace_id, incident_id, status, visibility, body, author_id)
         VALUES ($1, $2, 'INVESTIGATING', $3, $4, $5)`,
        [workspaceId, incident.rows[0]!.id, visibility, body, userId],
      );
    }
  });
}

const subscriberCount = (email: string) =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{ count: number }>("SELECT count(*)::int AS count FROM status_page_subscribers WHERE email = $1", [email]);
    return rows[0]!.count;
  });

/** Axe over the page, or over its main landmark (the toasts belong to the shell's checks). */
async function expectAccessible(page: Page, { mainOnly = false } = {}) {
  const axe = new AxeBuilder({ page });
  expect((await (mainOnly ? axe.include("main") : axe).analyze()).violations).toEqual([]);
}

test("an admin publishes the status page; a visitor subscribes, confirms, sees a public update and unsubscribes", async ({ browser, page }) => {
  test.setTimeout(90_000);
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(inWorkspace("/admin/incidents"));
  await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Incidents" })).toHaveAttribute("aria-current", "page");
  const publish = page.getByLabel(/Publish the status page/);
  if (!(await publish.isChecked())) {
    await publish.check();
    await page.getByRole("button", { name: "Save incident settings" }).click();
    await expect(page.getByText("Incident settings saved.")).toBeVisible();
  }
  await expectAccessible(page, { mainOnly: true });

  const visitor = await newPage(browser, { fromFreshAddress: true });
  const response = await visitor.goto(STATUS_PATH);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
  expect(response?.headers()["set-cookie"]).toBeUndefined();
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(visitor);

  const email = `status-${randomUUID()}@example.com`;
  await visitor.getByRole("textbox", { name: "Email" }).fill(email);
  await visitor.getByRole("button", { name: "Subscribe" }).click();
  await expect(visitor.getByRole("status")).toContainText("Check your inbox");

  const confirmPath = await linkPathFromMailbox(browser, { to: email, subject: "Confirm your subscription to", link: /\/confirm\?token=/ });
  await visitor.goto(confirmPath);
  await expectAccessible(visitor);
  await visitor.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(visitor.getByRole("status")).toContainText("You are subscribed");
  expect(await subscriberCount(email)).toBe(1);

  const title = `Mail delays ${randomUUID().slice(0, 8)}`;
  await declareWithUpdates(title, "Some emails arrive late; we are on it.", "The relay in rack 4 is the culprit.");
  // The page is cached for a few seconds per server process: reload until it shows.
  await expect(async () => {
    await visitor.goto(STATUS_PATH);
    await expect(visitor.getByRole("heading", { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(visitor.getByText("Some emails arrive late; we are on it.")).toBeVisible();
  await expect(visitor.getByText("rack 4")).toHaveCount(0);
  await expect(visitor.getByRole("heading", { level: 1 })).not.toHaveText("All systems operational");

  const unsubscribePath = await linkPathFromMailbox(browser, { to: email, subject: "Confirm your subscription to", link: /\/unsubscribe\?token=/ });
  await visitor.goto(unsubscribePath);
  await visitor.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(visitor.getByRole("status")).toContainText("You are unsubscribed");
  expect(await subscriberCount(email)).toBe(0);
});

test("a workspace without a published page has no status page", async ({ page }) => {
  const response = await page.goto("/status/no-such-workspace");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "There is no status page here" })).toBeVisible();
});
