import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./config";
import { linkPathFromMailbox, newPage, submitSignIn } from "./support";

// No other spec uses this seeded client: this one changes its password.
const EMAIL = "client15@example.com";
const NEW_PASSWORD = "amber orchard falcon tide";
const RESET_SUBJECT = "Reset your Triage password";

test("a client resets a forgotten password from the mailbox link and signs in with the new one", async ({ browser }) => {
  const visitor = await newPage(browser);
  await visitor.goto("/forgot-password");
  await expect(visitor.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await visitor.getByLabel("Email").fill(EMAIL);
  await visitor.getByRole("button", { name: "Send reset link" }).click();
  await expect(visitor.getByText(`If an account exists for ${EMAIL}, we sent it a link`, { exact: false })).toBeVisible();

  const resetPath = await linkPathFromMailbox(browser, { to: EMAIL, subject: RESET_SUBJECT, link: /\/reset-password\?token=/ });

  // A mail scanner opening the link first must not use it up.
  const scanner = await newPage(browser);
  await scanner.goto(resetPath);
  await expect(scanner.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await scanner.context().close();

  await visitor.goto(resetPath);
  await expect(visitor.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await visitor.getByLabel("New password", { exact: true }).fill("qwertyqwertyqwerty");
  await visitor.getByLabel("Confirm new password").fill("qwertyqwertyqwerty");
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor.getByText(/This password is too common/).first()).toBeVisible();

  await visitor.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await visitor.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor.getByText("Your password was changed and every session was signed out.")).toBeVisible();

  // The link is spent: opening it again explains and offers a new one.
  await visitor.goto(resetPath);
  await expect(visitor.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Request a new link" })).toBeVisible();

  await submitSignIn(visitor, EMAIL, DEMO_PASSWORD);
  // Next's route announcer is an alert too, so pick the form's by its words.
  await expect(visitor.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();
  await submitSignIn(visitor, EMAIL, NEW_PASSWORD);
  await expect(visitor).toHaveURL(/\/tickets$/);
});
