import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { E2E_ADMIN } from "./config";
import { inWorkspace, signIn } from "./support";

/** The table row of the category named exactly `name`. */
const categoryRow = (page: Page, name: string) =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });

test("an admin creates, renames, archives and restores a category", async ({ page }) => {
  // The e2e database outlives a run, so each run's category has a name of its own.
  const suffix = randomUUID().slice(0, 8);
  const name = `Billing ${suffix}`;
  const renamed = `Payments ${suffix}`;

  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(inWorkspace("/admin/categories"));
  await expect(page.getByRole("heading", { name: "Categories", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Categories", exact: true })).toHaveAttribute("aria-current", "page");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const newCategory = page.getByRole("form", { name: "New category" });
  await newCategory.getByLabel("Name", { exact: true }).fill(name);
  await newCategory.getByLabel("Description", { exact: true }).fill("Invoices and refunds");
  await newCategory.getByRole("button", { name: "Create category" }).click();
  await expect(page.getByText(`Category ${name} created.`)).toBeVisible();
  await expect(categoryRow(page, name).getByText("Active", { exact: true })).toBeVisible();
  await expect(newCategory.getByLabel("Name", { exact: true })).toHaveValue("");

  await page.getByRole("button", { name: `Edit ${name}`, exact: true }).click();
  const editForm = page.getByRole("form", { name: `Edit ${name}` });
  await expect(editForm.getByLabel("Name", { exact: true })).toBeFocused();
  // The page with a row open for editing, its densest state; toasts belong to the shell's checks.
  expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);
  await editForm.getByLabel("Name", { exact: true }).fill(renamed);
  await editForm.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`Category ${renamed} saved.`)).toBeVisible();
  await expect(editForm).toHaveCount(0);
  await expect(categoryRow(page, renamed)).toBeVisible();
  await expect(categoryRow(page, name)).toHaveCount(0);

  await page.getByRole("button", { name: `Archive ${renamed}`, exact: true }).click();
  await expect(categoryRow(page, renamed).getByText("Archived", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: `Restore ${renamed}`, exact: true })).toBeVisible();

  await page.getByRole("button", { name: `Restore ${renamed}`, exact: true }).click();
  await expect(categoryRow(page, renamed).getByText("Active", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: `Archive ${renamed}`, exact: true })).toBeVisible();
});

test("an admin deletes an unused category after confirming", async ({ page }) => {
  const name = `Typo ${randomUUID().slice(0, 8)}`;
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(inWorkspace("/admin/categories"));

  const newCategory = page.getByRole("form", { name: "New category" });
  await newCategory.getByLabel("Name", { exact: true }).fill(name);
  await newCategory.getByRole("button", { name: "Create category" }).click();
  await expect(categoryRow(page, name)).toBeVisible();

  await page.getByRole("button", { name: `Delete ${name}`, exact: true }).click();
  await page.getByRole("group", { name: `Confirm deleting ${name}` }).getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByText(`${name} deleted.`)).toBeVisible();
  await expect(categoryRow(page, name)).toHaveCount(0);
});

test("a duplicate name, in any case, is refused under the name field", async ({ page }) => {
  const name = `Hardware ${randomUUID().slice(0, 8)}`;
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto(inWorkspace("/admin/categories"));

  const newCategory = page.getByRole("form", { name: "New category" });
  await newCategory.getByLabel("Name", { exact: true }).fill(name);
  await newCategory.getByRole("button", { name: "Create category" }).click();
  await expect(categoryRow(page, name)).toBeVisible();
  await newCategory.getByLabel("Name", { exact: true }).fill(name.toUpperCase());
  await newCategory.getByRole("button", { name: "Create category" }).click();
  await expect(newCategory.getByText("A category with this name already exists.")).toBeVisible();
  await expect(newCategory.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
});
