import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, E2E_ADMIN } from "./config";
import { signIn } from "./support";

test.describe("the signed-in app", () => {
  test("a client sees only their own tickets, without the staff columns", async ({ page }) => {
    await signIn(page, "client1@example.com", DEMO_PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "My tickets" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Requester" })).toHaveCount(0);
  });

  test("the ticket list is accessible in light and dark themes", async ({ page }) => {
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveClass(/dark/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test("an unknown page shows the product's not-found page", async ({ page }) => {
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
    await page.getByRole("link", { name: "Go to tickets" }).click();
    await expect(page).toHaveURL(/\/tickets$/);
  });

  test("the health checks report the process and the database", async ({ request }) => {
    for (const path of ["/api/health", "/api/health/ready"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", db: "ok" });
    }
    const live = await request.get("/api/health/live");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
  });
});
