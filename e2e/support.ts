import { randomInt } from "node:crypto";
import { type Browser, expect, type Page } from "@playwright/test";
import { E2E_ADMIN, E2E_WORKSPACE_SLUG } from "./config";

/**
 * A page in a browser context of its own. With `fromFreshAddress`, the server sees its requests
 * come from an address no other test uses (the e2e server trusts one proxy, so X-Forwarded-For
 * counts): tests that fail sign-ins on purpose use one, so the proof-of-work check that failures
 * bring on for an address appears only where a test expects it.
 */
export async function newPage(browser: Browser, { fromFreshAddress = false } = {}): Promise<Page> {
  const address = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  const context = await browser.newContext(fromFreshAddress ? { extraHTTPHeaders: { "X-Forwarded-For": address } } : {});
  return context.newPage();
}

/** The URL of a page inside the seeded workspace the specs work in. */
export const inWorkspace = (path: string) => `/w/${E2E_WORKSPACE_SLUG}${path}`;

/** Waits for the proof-of-work widget to solve its challenge, when the form shows one. */
export async function solveSecurityCheckIfShown(page: Page) {
  if ((await page.getByRole("group", { name: "Security check" }).count()) === 0) return;
  await expect(page.getByRole("status").filter({ hasText: /^Verified$/ })).toBeAttached({ timeout: 20_000 });
}

/** Fills in and submits the sign-in form, without expecting any outcome. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await solveSecurityCheckIfShown(page);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in and waits for the ticket list, where sign-in lands. */
export async function signIn(page: Page, email: string, password: string) {
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/tickets$/);
}

/** A signed-in page in a browser context of its own: a second device, a second person. */
export async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email, password);
  return page;
}

/**
 * The path and query of the link in the newest email to `to` with `subject`, read by the admin in
 * the development mailbox of the workspace the email belongs to. The text version names its links
 * by their URL, absolute to the app.
 */
export async function linkPathFromMailbox(
  browser: Browser,
  { to, subject, link, workspaceSlug = E2E_WORKSPACE_SLUG }: { to: string; subject: string; link: RegExp; workspaceSlug?: string },
) {
  const admin = await newPage(browser);
  await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  await admin.goto(`/w/${workspaceSlug}/admin/mailbox`);
  // The mailbox lists the newest first.
  const row = admin.getByRole("row").filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole("link", { name: subject }).click();
  await expect(admin.getByRole("heading", { name: subject })).toBeVisible();
  const href = await admin.getByRole("link", { name: link }).first().getAttribute("href");
  if (!href) throw new Error(`The email "${subject}" has no link.`);
  await admin.context().close();
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
}

/** On a ticket page as staff: moves the ticket to the status labelled `label` and waits for the toast. */
export async function applyStatus(page: Page, label: string) {
  await page.getByLabel("Status", { exact: true }).selectOption({ label });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(`Status set to ${label.toLowerCase()}`)).toBeVisible();
}

/** Files a ticket through the form as `client`; returns the new ticket's path. */
export async function fileTicket(client: Page, title: string, description: string): Promise<string> {
  await client.goto(inWorkspace("/tickets/new"));
  await client.getByLabel("Title").fill(title);
  await client.getByLabel("Description").fill(description);
  await client.getByRole("button", { name: "File ticket" }).click();
  await expect(client).toHaveURL(/\/tickets\/\d+$/);
  return new URL(client.url()).pathname;
}
