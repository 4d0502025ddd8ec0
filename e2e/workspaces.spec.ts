import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, E2E_ADMIN, E2E_WORKSPACE_SLUG } from "./config";
import { linkPathFromMailbox, newPage, signedInPage, signIn } from "./support";

// A client of the seeded workspace no other spec signs in as; they become an agent of the new one.
const INVITEE = "client25@example.com";

async function switchTo(page: Page, from: string, to: RegExp) {
  const switcher = page.getByRole("button", { name: `Workspace: ${from}` });
  await switcher.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("navigation", { name: "Your workspaces" }).getByRole("link", { name: to }).click();
}

test("an admin creates a workspace and invites a client of the first as an agent, who joins and switches between the two", async ({ browser }) => {
  test.setTimeout(90_000);
  const slug = `field-ops-${Date.now().toString(36)}`;
  const admin = await signedInPage(browser, E2E_ADMIN.email, E2E_ADMIN.password);

  // Create: from the user menu, landing on the new workspace's settings as its admin.
  await admin.getByRole("button", { name: "Account menu" }).click();
  await admin.getByRole("link", { name: "Create workspace" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Create a workspace" })).toBeVisible();
  await admin.getByLabel("Name", { exact: true }).fill("Field Ops");
  await admin.getByLabel("URL", { exact: true }).fill(slug);
  await admin.getByRole("button", { name: "Create workspace" }).click();
  await expect(admin).toHaveURL(new RegExp(`/w/${slug}/admin/settings$`));
  await expect(admin.getByRole("button", { name: "Workspace: Field Ops" })).toBeVisible();

  // Invite an existing account of the first workspace as an agent of the new one.
  await admin.goto(`/w/${slug}/admin/users`);
  const inviteForm = admin.getByRole("form", { name: "Invite someone" });
  await inviteForm.getByLabel("Name", { exact: true }).fill("Invited Client");
  await inviteForm.getByLabel("Email", { exact: true }).fill(INVITEE);
  await inviteForm.getByLabel("Role", { exact: true }).selectOption("AGENT");
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText(`Invitation sent to ${INVITEE}.`)).toBeVisible();
  const invitationPath = await linkPathFromMailbox(browser, { to: INVITEE, subject: "invited you to", link: /\/accept-invite\?token=/, workspaceSlug: slug });

  // Accept into the existing login: sign in first, then one click joins.
  const invitee = await newPage(browser);
  await invitee.goto(invitationPath);
  await invitee.getByRole("link", { name: "Sign in to accept" }).click();
  await invitee.getByLabel("Email").fill(INVITEE);
  await invitee.getByLabel("Password").fill(DEMO_PASSWORD);
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await invitee.getByRole("button", { name: "Join Field Ops" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/w/${slug}/tickets$`));

  // In the new workspace they are an agent of an empty help desk.
  await expect(invitee.getByRole("heading", { level: 1, name: "Tickets" })).toBeVisible();
  await expect(invitee.getByText("No tickets yet")).toBeVisible();
  expect((await invitee.goto(`/w/${slug}/tickets/1`))?.status()).toBe(404);

  // Switch with the keyboard: in the first workspace they are still a client with their own tickets.
  await invitee.goto(`/w/${slug}/tickets`);
  await switchTo(invitee, "Field Ops", /^Triage/);
  await expect(invitee).toHaveURL(new RegExp(`/w/${E2E_WORKSPACE_SLUG}/tickets$`));
  await expect(invitee.getByRole("heading", { level: 1, name: "My tickets" })).toBeVisible();
  await switchTo(invitee, "Triage", /^Field Ops/);
  await expect(invitee.getByRole("heading", { level: 1, name: "Tickets" })).toBeVisible();

  // A workspace they do not belong to does not exist for them, page or download.
  expect((await invitee.goto("/w/northwind-it/tickets"))?.status()).toBe(404);
  expect((await invitee.request.get("/api/w/northwind-it/tickets/export")).status()).toBe(404);

  // Two tabs on two workspaces each stay in their own.
  const secondTab = await invitee.context().newPage();
  await secondTab.goto(`/w/${E2E_WORKSPACE_SLUG}/tickets`);
  await invitee.goto(`/w/${slug}/tickets`);
  await expect(secondTab.getByRole("heading", { level: 1, name: "My tickets" })).toBeVisible();
  await expect(invitee.getByRole("heading", { level: 1, name: "Tickets" })).toBeVisible();
});

test("the switcher is accessible, and a person in one workspace never sees it", async ({ browser }) => {
  const agent = await newPage(browser);
  await signIn(agent, "agent1@example.com", DEMO_PASSWORD);
  await agent.getByRole("button", { name: /^Workspace: / }).click();
  await expect(agent.getByRole("navigation", { name: "Your workspaces" }).getByRole("link", { name: /^Northwind IT/ })).toBeVisible();
  const results = await new AxeBuilder({ page: agent }).analyze();
  expect(results.violations).toEqual([]);

  const loner = await signedInPage(browser, "client30@example.com", DEMO_PASSWORD);
  await expect(loner.getByRole("heading", { level: 1, name: "My tickets" })).toBeVisible();
  await expect(loner.getByRole("button", { name: /^Workspace: / })).toHaveCount(0);
});

test("an address from before workspaces opens the page in the signed-in workspace", async ({ browser }) => {
  const admin = await signedInPage(browser, E2E_ADMIN.email, E2E_ADMIN.password);
  await admin.goto("/admin/users?q=nobody");
  await expect(admin).toHaveURL(new RegExp(`/w/${E2E_WORKSPACE_SLUG}/admin/users\\?q=nobody$`));
});
