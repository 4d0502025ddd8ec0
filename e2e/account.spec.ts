import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { inWorkspace, signedInPage, signIn } from "./support";

// Each test uses its own seeded client: these tests change passwords and end sessions.
test.describe("account settings", () => {
  test("a user changes their password, stays signed in here, and signs in with the new one", async ({ browser }) => {
    const email = "client7@example.com";
    const page = await signedInPage(browser, email, DEMO_PASSWORD);
    const otherDevice = await signedInPage(browser, email, DEMO_PASSWORD);

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("link", { name: "Account settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();

    await page.getByLabel("Current password").fill("not my password at all");
    await page.getByLabel("New password", { exact: true }).fill("copper lantern autumn river");
    await page.getByLabel("Confirm new password").fill("copper lantern autumn river");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("That is not your current password.")).toBeVisible();

    await page.getByLabel("Current password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed. Your other devices have been signed out.")).toBeVisible();

    await page.goto(inWorkspace("/tickets"));
    await expect(page).toHaveURL(/\/tickets$/);
    await otherDevice.goto(inWorkspace("/tickets"));
    await expect(otherDevice).toHaveURL(/\/sign-in/);
    await signIn(otherDevice, email, "copper lantern autumn river");
  });

  test("a common password is refused with the reason", async ({ browser }) => {
    const page = await signedInPage(browser, "client9@example.com", DEMO_PASSWORD);
    await page.goto(inWorkspace("/account"));
    await page.getByLabel("Current password").fill(DEMO_PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill("qwertyqwertyqwerty");
    await page.getByLabel("Confirm new password").fill("qwertyqwertyqwerty");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText(/This password is too common/).first()).toBeVisible();
  });

  test("signing out everywhere ends the sessions on every device", async ({ browser }) => {
    const email = "client8@example.com";
    const page = await signedInPage(browser, email, DEMO_PASSWORD);
    const otherDevice = await signedInPage(browser, email, DEMO_PASSWORD);

    await page.goto(inWorkspace("/account"));
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await otherDevice.goto(inWorkspace("/tickets"));
    await expect(otherDevice).toHaveURL(/\/sign-in/);
  });
});
