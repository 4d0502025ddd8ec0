import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, E2E_WORKSPACE_SLUG } from "./config";
import { inWorkspace, signedInPage } from "./support";

// manager@example.com reads the dashboard here (admin-people only checks a manager's 404s);
// client48 and agent3 check that it does not exist for them.
const MANAGER = "manager@example.com";

test("a manager reads the dashboard, changes the range, drills down and downloads its data", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signedInPage(browser, MANAGER, DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const volume = page.getByRole("region", { name: "Ticket volume" });
  await expect(volume).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Tickets created" })).toBeVisible();
  expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);

  // The range lives in the URL; changing it reloads the figures for it.
  await page.getByLabel("Range").selectOption("90d");
  await expect(page).toHaveURL(/range=90d/);
  await expect(page.getByText(/How support is doing from/)).toBeVisible();
  await expect(volume.getByRole("button", { name: "Show as table" })).toBeVisible();

  // The table view is the accessible twin of the chart, with the same drill-downs.
  await volume.getByRole("button", { name: "Show as table" }).click();
  const table = volume.getByRole("table");
  await expect(table).toBeVisible();
  const createdLink = table.getByRole("link").first();
  const drillHref = await createdLink.getAttribute("href");
  expect(drillHref).toMatch(/^\/w\/default\/tickets\?view=all&createdFrom=\d{4}-\d{2}-\d{2}&createdTo=\d{4}-\d{2}-\d{2}$/);

  // Each chart's numbers as CSV, and the whole dashboard as a PDF report.
  const [csv] = await Promise.all([page.waitForEvent("download"), volume.getByRole("link", { name: "Download Ticket volume as CSV" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^triage-volume-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = await readFile((await csv.path())!, "utf8");
  expect(csvText.split("\r\n")[0]).toMatch(/^period_start,period_end,created,resolved/);
  expect(csvText.split("\r\n").filter(Boolean).length).toBeGreaterThan(10);

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF report" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^triage-report-.*\.pdf$/);
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdfBytes.length).toBeGreaterThan(10_000);

  // Drilling down opens the ticket list with the same filters.
  await createdLink.click();
  await expect(page).toHaveURL(/\/tickets\?view=all&createdFrom=/);
  await expect(page.getByRole("heading", { level: 1, name: "Tickets" })).toBeVisible();
});

test("a manager sees the seeded incidents on the dashboard, linked to the incident list", async ({ browser }) => {
  const page = await signedInPage(browser, MANAGER, DEMO_PASSWORD);
  await page.goto(inWorkspace("/dashboard?range=90d"));
  const incidents = page.getByRole("region", { name: "Incidents" });
  await expect(incidents.getByRole("term").filter({ hasText: "Time to resolve" })).toBeVisible();
  // The demo's open incident: a SEV2 whose cause is identified.
  await expect(incidents.getByRole("link", { name: /^SEV2 identified: \d+$/ })).toHaveAttribute("href", "/w/default/incidents?severity=SEV2&status=IDENTIFIED");
  await incidents.getByRole("button", { name: "Show as table" }).click();
  await expect(incidents.getByRole("row", { name: /^SEV1/ }).getByRole("link")).toHaveAttribute(
    "href",
    /^\/w\/default\/incidents\?severity=SEV1&declaredFrom=\d{4}-\d{2}-\d{2}&declaredTo=\d{4}-\d{2}-\d{2}$/,
  );
  // On a phone the wide tables scroll inside their cards instead of widening the page past the
  // screen (their hidden labels included).
  await page.setViewportSize({ width: 390, height: 800 });
  expect((await incidents.boundingBox())!.width).toBeLessThanOrEqual(390);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const csv = await page.request.get(`/api/w/${E2E_WORKSPACE_SLUG}/dashboard/csv/incidents?range=90d`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^severity,declared,acknowledged,/);
});

test("the dashboard is dark-mode ready and axe-clean there", async ({ browser }) => {
  const page = await signedInPage(browser, MANAGER, DEMO_PASSWORD);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(inWorkspace("/dashboard?range=12m"));
  await expect(page.getByRole("region", { name: "Response and resolution time" })).toBeVisible();
  expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);
});

test("agents and clients get not-found for the dashboard and its downloads", async ({ browser }) => {
  for (const email of ["agent3@example.com", "client48@example.com"]) {
    const page = await signedInPage(browser, email, DEMO_PASSWORD);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    expect((await page.goto(inWorkspace("/dashboard")))?.status()).toBe(404);
    expect((await page.request.get(`/api/w/${E2E_WORKSPACE_SLUG}/dashboard/csv/people`)).status()).toBe(404);
    expect((await page.request.get(`/api/w/${E2E_WORKSPACE_SLUG}/dashboard/report`)).status()).toBe(404);
    await page.close();
  }
});
