import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./config";
import { inWorkspace, newPage } from "./support";

test.describe("signing in", () => {
  test("sends a visitor to sign-in, then back to the page they asked for", async ({ page }) => {
    await page.goto(inWorkspace("/tickets?after=x"));
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2Fdefault%2Ftickets%3Fafter%3Dx$/);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/w\/default\/tickets\?after=x$/);
  });

  test("the admin signs in, sees the ticket list and signs out", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/tickets$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tickets" })).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(26); // header + a full page of 25 seeded tickets
    await page.getByRole("link", { name: "Older" }).click();
    await expect(page.getByRole("link", { name: "Newer" })).toBeVisible();

    await page.getByRole("button", { name: "Account menu" }).click();
    await expect(page.getByText(E2E_ADMIN.email)).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto(inWorkspace("/tickets"));
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a wrong password and an unknown email get the same generic error", async ({ browser }) => {
    const page = await newPage(browser, { fromFreshAddress: true });
    await page.goto("/sign-in");
    const alert = page.getByRole("alert").filter({ hasText: "Invalid email or password." });

    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill("not the right password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toBeVisible();

    await page.getByLabel("Email").fill("nobody-at-all@example.com");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("an invalid email is explained under the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("whatever");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("the signed-out pages have no accessibility violations, in light and dark", async ({ page }) => {
    for (const path of ["/sign-in", "/register", "/forgot-password", "/verify-email/resend", "/reset-password?token=expired"]) {
      await page.goto(path);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations, `${path} in ${colorScheme}`).toEqual([]);
      }
    }
  });
});
