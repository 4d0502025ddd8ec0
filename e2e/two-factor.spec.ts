import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_PASSWORD } from "./config";
import { inWorkspace, newPage, submitSignIn } from "./support";

// Only this spec uses this seeded client: it turns two-factor on for good.
const EMAIL = "client12@example.com";
const STEP_MS = 30_000;

const totpFor = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });

/**
 * The code of the step after the current one. The server accepts one step of drift, and a
 * later step than the one enrolment used, so this never replays the enrolment code.
 */
const nextStepCode = (secret: string) => totpFor(secret).generate({ timestamp: Date.now() + STEP_MS });

/** A six-digit code matching none of the steps the server accepts around now. */
function wrongCode(secret: string) {
  const accepted = new Set([-1, 0, 1, 2].map((offset) => totpFor(secret).generate({ timestamp: Date.now() + offset * STEP_MS })));
  let candidate = 0;
  while (accepted.has(String(candidate).padStart(6, "0"))) candidate += 1;
  return String(candidate).padStart(6, "0");
}

const submitPassword = (page: Page) => submitSignIn(page, EMAIL, DEMO_PASSWORD);

test.describe("two-factor authentication", () => {
  test("a user enrols from account settings, then signs in with password and code", async ({ browser }) => {
    const page = await newPage(browser);
    await submitPassword(page);
    await expect(page).toHaveURL(/\/tickets$/);

    await page.goto(inWorkspace("/account"));
    await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    const secret = ((await page.getByLabel("Setup key").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByLabel("Code from your app").fill(totpFor(secret).generate());
    await page.getByRole("button", { name: "Turn on two-factor" }).click();
    const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    await expect(codes.first()).toHaveText(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    await expect(page.getByRole("link", { name: "Download as text" })).toBeVisible();
    await page.getByRole("button", { name: "I have saved my recovery codes" }).click();
    await expect(page.getByText(/Two-factor authentication is on since/)).toBeVisible();
    await expect(page.getByText(/You have 10 unused recovery codes/)).toBeVisible();

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await submitPassword(page);
    await expect(page.getByText("Enter the 6-digit code from your authenticator app.")).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await expect(page).toHaveURL(/\/sign-in/);
    const codeField = page.getByLabel("Authentication code");
    await expect(codeField).toHaveAttribute("inputmode", "numeric");
    await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
    await codeField.fill(nextStepCode(secret));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page).toHaveURL(/\/tickets$/);

    const other = await newPage(browser, { fromFreshAddress: true });
    await submitPassword(other);
    await other.getByLabel("Authentication code").fill(wrongCode(secret));
    await other.getByRole("button", { name: "Verify" }).click();
    // Not getByRole("alert"): Next's route announcer has that role too.
    await expect(other.getByText(/^That code is not valid\./)).toBeVisible();
    await expect(other).toHaveURL(/\/sign-in/);

    await other.getByRole("button", { name: "Start over" }).click();
    await expect(other.getByLabel("Email")).toBeVisible();
  });
});
