import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, E2E_ADMIN } from "./config";
import { inWorkspace, signedInPage, signIn } from "./support";

test("an admin finds a member and makes them an agent; their open session sees the queue at once", async ({ browser }) => {
  const member = await signedInPage(browser, "client20@example.com", DEMO_PASSWORD);
  await expect(member.getByRole("heading", { level: 1, name: "My tickets" })).toBeVisible();

  const admin = await signedInPage(browser, E2E_ADMIN.email, E2E_ADMIN.password);
  await admin.getByRole("link", { name: "Admin" }).click();
  await expect(admin.getByRole("heading", { name: "People" })).toBeVisible();
  expect((await new AxeBuilder({ page: admin }).analyze()).violations).toEqual([]);

  await admin.getByRole("searchbox", { name: "Name or email" }).fill("client20@");
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin.getByRole("row")).toHaveCount(2);
  await admin.getByLabel(/^Role of /).selectOption("AGENT");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText(/is now agent\./)).toBeVisible();

  await member.reload();
  await expect(member.getByRole("columnheader", { name: "Requester" })).toBeVisible();
});

test("an admin cannot change their own role", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(inWorkspace(`/admin/users?q=${encodeURIComponent(E2E_ADMIN.email)}`));
  const ownRow = page.getByRole("row").filter({ hasText: E2E_ADMIN.email });
  await expect(ownRow.getByText("Admin (you)")).toBeVisible();
  // The invite form above the table has a role select of its own; the admin's row has none.
  await expect(ownRow.getByRole("combobox")).toHaveCount(0);
});

test("a member who also belongs to another workspace can be removed, but their account is theirs to change", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  // The demo seed puts agent1 in Northwind IT too.
  await page.goto(inWorkspace(`/admin/users?q=${encodeURIComponent("agent1@example.com")}`));
  const row = page.getByRole("row").filter({ hasText: "agent1@example.com" });
  await expect(row.getByText("Also in other workspaces")).toBeVisible();
  await expect(row.getByRole("button", { name: "Remove", exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: "Disable", exact: true })).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Force password reset", exact: true })).toHaveCount(0);
});

test("a manager gets not-found for the admin pages", async ({ page }) => {
  await signIn(page, "manager@example.com", DEMO_PASSWORD);
  for (const path of ["/admin/users", "/admin/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  }
});
