import { type Browser, expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./config";
import { newPage, submitSignIn } from "./support";

const NEW_PASSWORD = "harbour violet lantern moss";

/** The path and query of the verification link in the newest email to `email`, read as an admin. */
async function verificationPathFromMailbox(browser: Browser, email: string): Promise<string> {
  const admin = await newPage(browser);
  await submitSignIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(admin).toHaveURL(/\/tickets$/);
  await admin.goto("/admin/mailbox");
  const row = admin.getByRole("row").filter({ hasText: email });
  await row.getByRole("link", { name: "Verify your email address for Triage" }).click();
  await expect(admin.getByRole("heading", { name: "Verify your email address for Triage" })).toBeVisible();
  // The text version's links are named by their URL; the link is absolute to the app's origin.
  const href = await admin.getByRole("link", { name: /\/verify-email\?token=/ }).first().getAttribute("href");
  if (!href) throw new Error("The verification email has no link.");
  const link = new URL(href);
  await admin.context().close();
  return `${link.pathname}${link.search}`;
}

test("a visitor registers, verifies their email from the mailbox link, and signs in", async ({ browser }) => {
  const email = `e2e-register-${Date.now()}@example.com`;
  // Its sign-in before verifying is a failed attempt: from an address of its own.
  const visitor = await newPage(browser, { fromFreshAddress: true });

  await visitor.goto("/register");
  await expect(visitor.getByRole("heading", { level: 1, name: "Create your Triage account" })).toBeVisible();
  await visitor.getByLabel("Name").fill("Rita Register");
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByLabel("Password").fill("qwertyqwertyqwerty");
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByText(/This password is too common/).first()).toBeVisible();

  await visitor.getByLabel("Password").fill(NEW_PASSWORD);
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByText(`Check your inbox: we sent a link to ${email}.`)).toBeVisible();

  await submitSignIn(visitor, email, NEW_PASSWORD);
  // Next's route announcer is an alert too, so pick the form's by its words.
  await expect(visitor.getByRole("alert").filter({ hasText: /verif/i })).toBeVisible();
  await expect(visitor).toHaveURL(/\/sign-in/);

  const verificationPath = await verificationPathFromMailbox(browser, email);
  await visitor.goto(verificationPath);
  await expect(visitor.getByRole("heading", { level: 1, name: "Verify your email" })).toBeVisible();
  await visitor.getByRole("button", { name: "Verify my email" }).click();
  await expect(visitor.getByText(`Your email ${email} is verified.`)).toBeVisible();

  // The link is spent: opening it again explains and offers a new one.
  await visitor.goto(verificationPath);
  await expect(visitor.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Request a new link" })).toBeVisible();

  await submitSignIn(visitor, email, NEW_PASSWORD);
  await expect(visitor).toHaveURL(/\/tickets$/);
});
