import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { inWorkspace, signedInPage } from "./support";

// admin@example.com makes the service key; client49 a personal token. No other spec uses client49.
const ADMIN = "admin@example.com";
const CLIENT = "client49@example.com";

/** Fills and submits the create form, and returns the token the panel shows once. */
async function createKey(page: Page, name: string, scopes: string[]): Promise<string> {
  await page.getByLabel("Name").fill(name);
  for (const scope of scopes) await page.getByRole("checkbox", { name: new RegExp(`^${scope}`) }).check();
  await page.getByRole("button", { name: /^Create/ }).click();
  const panel = page.getByRole("region", { name: `${name} is ready` });
  await expect(panel).toBeVisible();
  const token = (await panel.locator("code").first().textContent())!.trim();
  expect(token).toMatch(/^trg_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}$/);
  return token;
}

test("an admin creates a service key, an integration files a ticket with it, and revoking stops it", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signedInPage(browser, ADMIN, DEMO_PASSWORD);
  await page.goto(inWorkspace("/admin/api-keys"));
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();
  const name = `Nagios ${Date.now()}`;
  const token = await createKey(page, name, ["tickets:write"]);
  expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);

  const api = (await browser.newContext()).request;
  const headers = { authorization: `Bearer ${token}` };
  const created = await api.post("/api/v1/tickets", {
    headers: { ...headers, "idempotency-key": name.replaceAll(" ", "-") },
    data: { title: "Disk almost full on db-01", description: "/var is at 97 %.", kind: "INCIDENT", priority: "HIGH" },
  });
  expect(created.status()).toBe(201);
  const { number } = (await created.json()) as { number: number };

  // The ticket is in the queue, filed by the service account; the key shows its last use.
  await page.goto(inWorkspace(`/tickets/${number}`));
  await expect(page.getByRole("heading", { level: 1, name: "Disk almost full on db-01" })).toBeVisible();
  await page.goto(inWorkspace("/admin/api-keys"));
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).not.toContainText("Never used");

  await row.getByRole("button", { name: /Revoke/ }).click();
  await page.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText("Revoked");
  expect((await api.get("/api/v1/me", { headers })).status()).toBe(401);
});

test("a client's personal token sees only their own tickets and cannot hold admin scopes", async ({ browser }) => {
  const page = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
  await page.goto(inWorkspace("/account"));
  await expect(page.getByRole("heading", { name: "Personal access tokens", exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^audit:read/ })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /^incidents:/ })).toHaveCount(0);
  const token = await createKey(page, "My script", ["tickets:read"]);
  const api = (await browser.newContext()).request;
  const me = await api.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(await me.json()).toMatchObject({ role: "CLIENT", user: { email: CLIENT } });
  const list = (await (await api.get("/api/v1/tickets?limit=100", { headers: { authorization: `Bearer ${token}` } })).json()) as {
    data: { requester: { name: string } }[];
  };
  const names = new Set(list.data.map((ticket) => ticket.requester.name));
  expect(names.size).toBeLessThanOrEqual(1);
});

test("the API reference is public and the API never redirects to sign-in", async ({ page }) => {
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 1, name: "Triage API reference" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const spec = await page.request.get("/api/v1/openapi.json");
  expect((await spec.json()) as { openapi: string }).toMatchObject({ openapi: "3.1.0" });
  const unauthenticated = await page.request.get("/api/v1/tickets", { maxRedirects: 0 });
  expect(unauthenticated.status()).toBe(401);
  expect(await unauthenticated.json()).toMatchObject({ code: "UNAUTHENTICATED" });
});
