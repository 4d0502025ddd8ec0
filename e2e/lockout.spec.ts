import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, E2E_ADMIN } from "./config";
import { newPage, submitSignIn } from "./support";

// A user no other spec signs in as: the failures here count against its email for 15 minutes.
const LOCKED_EMAIL = "client47@example.com";

test("five failed sign-ins lock the account; the owner is emailed and an admin unlocks it", async ({ browser }) => {
  // Three of the attempts solve the proof-of-work check in the browser: seconds each on a busy machine.
  test.setTimeout(90_000);
  const attacker = await newPage(browser, { fromFreshAddress: true });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignIn(attacker, LOCKED_EMAIL, `wrong password number ${attempt}`);
    await expect(attacker.getByRole("alert").filter({ hasText: "Invalid email or password." })).toBeVisible();
  }
  // Three failures brought on the proof-of-work check, which the browser solves by itself once
  // the form is filled in: loading the page alone fetches no challenge.
  const challengeRequests: string[] = [];
  attacker.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/captcha/challenge") challengeRequests.push(request.url());
  });
  await attacker.goto("/sign-in", { waitUntil: "networkidle" });
  await expect(attacker.getByRole("group", { name: "Security check" })).toBeVisible();
  await expect(attacker.getByText("The check starts when you fill in the form.").first()).toBeAttached();
  expect(challengeRequests).toEqual([]);
  await attacker.getByLabel("Email").fill(LOCKED_EMAIL);
  await expect(attacker.getByRole("status").filter({ hasText: /^Verified$/ })).toBeAttached({ timeout: 20_000 });
  expect(challengeRequests).toHaveLength(1);
  // Even the right password is refused now, and only the right password learns why.
  await submitSignIn(attacker, LOCKED_EMAIL, DEMO_PASSWORD);
  await expect(attacker.getByRole("alert").filter({ hasText: "This account is locked after too many failed sign-ins." })).toBeVisible();
  await expect(attacker).toHaveURL(/\/sign-in/);

  const admin = await newPage(browser);
  await submitSignIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(admin).toHaveURL(/\/tickets$/);

  await admin.getByRole("link", { name: "Admin" }).click();
  await admin.getByRole("link", { name: "Mailbox" }).click();
  await expect(admin.getByRole("row").filter({ hasText: LOCKED_EMAIL }).filter({ hasText: "temporarily locked" })).toBeVisible();

  await admin.getByRole("link", { name: "Sign-in activity" }).click();
  const lockedMember = admin.getByRole("listitem").filter({ hasText: LOCKED_EMAIL });
  await lockedMember.getByRole("button", { name: /Unlock/ }).click();
  await expect(admin.getByText("can sign in again.")).toBeVisible();

  await submitSignIn(attacker, LOCKED_EMAIL, DEMO_PASSWORD);
  await expect(attacker).toHaveURL(/\/tickets$/);
});
