import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { signedInPage } from "./support";

const AGENT = "agent3@example.com";

/**
 * Presses `key` until `expectation` holds: the shortcut listener attaches once the page has
 * hydrated, and a key pressed before that is lost. Waits for the UI, never for a set time.
 */
async function pressUntil(page: Page, key: string, expectation: () => Promise<void>) {
  await expect(async () => {
    await page.keyboard.press(key);
    await expectation();
  }).toPass();
}

test("on a ticket page, ? shows the shortcuts and n starts an internal note", async ({ browser }) => {
  const page = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  await page.locator('table a[href*="/tickets/"]').first().click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);

  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await pressUntil(page, "?", () => expect(help).toBeVisible({ timeout: 1_000 }));
  await expect(help.getByRole("heading", { name: "Keyboard shortcuts" })).toBeVisible();
  await expect(help.getByRole("row").filter({ hasText: "Write an internal note" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("n");
  await expect(page.getByRole("radio", { name: "Internal note" })).toBeChecked();
  await expect(page.getByLabel("Internal note (staff only)")).toBeFocused();
});

test("on the ticket list, j moves through the rows and Enter opens the highlighted ticket", async ({ browser }) => {
  const page = await signedInPage(browser, AGENT, DEMO_PASSWORD);
  const highlighted = page.locator('[data-ticket-row][aria-current="true"]');

  await pressUntil(page, "j", () => expect(highlighted).toHaveCount(1, { timeout: 1_000 }));
  const first = await highlighted.getAttribute("data-ticket-row");
  await page.keyboard.press("j");
  await expect(highlighted).toHaveCount(1);
  await expect(highlighted).not.toHaveAttribute("data-ticket-row", first ?? "");
  const second = await highlighted.getAttribute("data-ticket-row");
  await expect(highlighted.locator("a[href]").first()).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tickets/${second}$`));
});
