import { expect, test } from "@playwright/test";
import { linkPathFromMailbox, newPage, submitSignIn } from "./support";

const NEW_PASSWORD = "harbour violet lantern moss";

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

  const verificationPath = await linkPathFromMailbox(browser, { to: email, subject: "Verify your email address for Triage", link: /\/verify-email\?token=/ });
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
