import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, E2E_ADMIN } from "./config";
import { inWorkspace, signedInPage } from "./support";

// This spec alone files tickets as client45, so the counts below are not disturbed by others.
const CLIENT = "client45@example.com";
const RECEIVED = "We received your request";

/** Files a ticket through the form and returns its number, read from the ticket's URL. */
async function fileTicket(page: Page, title: string): Promise<number> {
  await page.goto(inWorkspace("/tickets/new"));
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /Question/ }).check();
  await page.getByLabel("Description").fill("How do I connect to the office printer?");
  await page.getByRole("button", { name: "File ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return Number(new URL(page.url()).pathname.split("/").pop());
}

/**
 * Sets "Updates on tickets I filed" in the account settings and saves it. A tick made before
 * the form has hydrated is not seen by it (Save stays disabled), so the tick is repeated until
 * the form notices the change.
 */
async function setOwnTicketUpdates(page: Page, isOn: boolean) {
  await page.goto(inWorkspace("/account"));
  const section = page.getByRole("region", { name: "Notifications" });
  const checkbox = section.getByRole("checkbox", { name: /Updates on tickets I filed/ });
  const save = section.getByRole("button", { name: "Save preferences" });
  await expect(save).toBeDisabled();
  if ((await checkbox.isChecked()) === isOn) return;
  await expect(async () => {
    // A box already showing the wanted state may be one the form has not seen change: toggle it back first.
    if ((await checkbox.isChecked()) === isOn) await checkbox.click();
    await checkbox.setChecked(isOn);
    await expect(save).toBeEnabled({ timeout: 1_000 });
  }).toPass();
  await save.click();
  await expect(page.getByText("Notification preferences saved.")).toBeVisible();
  await expect(checkbox).toBeChecked({ checked: isOn });
}

/** The admin's mailbox rows (newest page) to `to` whose subject contains `subject`. */
async function mailboxRows(browser: Browser, { to, subject }: { to: string; subject: string }) {
  const admin = await signedInPage(browser, E2E_ADMIN.email, E2E_ADMIN.password);
  await admin.goto(inWorkspace("/admin/mailbox"));
  await expect(admin.getByRole("table", { name: "Emails, newest first" })).toBeVisible();
  const rows = admin.getByRole("row").filter({ hasText: to }).filter({ hasText: subject });
  return { admin, rows };
}

test.describe("ticket notifications", () => {
  test("a requester is emailed when a ticket is filed, and not once they turn those emails off", async ({ browser }) => {
    test.setTimeout(90_000);
    const stamp = Date.now();
    const client = await signedInPage(browser, CLIENT, DEMO_PASSWORD);
    await setOwnTicketUpdates(client, true);

    const firstTitle = `Printer setup ${stamp}`;
    const first = await fileTicket(client, firstTitle);
    const received = await mailboxRows(browser, { to: CLIENT, subject: RECEIVED });
    const firstRow = received.rows.filter({ hasText: `${RECEIVED} #${first}: ${firstTitle}` });
    await expect(firstRow).toHaveCount(1);
    await firstRow.getByRole("link").click();
    await expect(received.admin.getByRole("link", { name: new RegExp(`/tickets/${first}$`) }).first()).toBeVisible();
    await received.admin.context().close();

    await setOwnTicketUpdates(client, false);
    const secondTitle = `Printer setup again ${stamp}`;
    const second = await fileTicket(client, secondTitle);

    // Staff still hear about the second ticket: its emails were queued in the same transaction, none to the client.
    const after = await mailboxRows(browser, { to: "@example.com", subject: `New ticket #${second}: ${secondTitle}` });
    await expect(after.rows.first()).toBeVisible();
    await expect(after.admin.getByRole("row").filter({ hasText: CLIENT }).filter({ hasText: secondTitle })).toHaveCount(0);
    await expect(after.admin.getByRole("row").filter({ hasText: `${RECEIVED} #${second}:` })).toHaveCount(0);
    await after.admin.context().close();

    await setOwnTicketUpdates(client, true);
  });
});
