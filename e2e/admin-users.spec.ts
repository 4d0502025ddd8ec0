import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./config";
import { inWorkspace, linkPathFromMailbox, newPage, signedInPage, signIn } from "./support";

const INVITEE_PASSWORD = "lantern harbour copper fjord";

test("an admin invites an agent who sets up an account and signs in; disabling them ends their session; the audit log shows the invitation", async ({
  browser,
}) => {
  const email = `e2e-invite-${Date.now()}@example.com`;
  const admin = await signedInPage(browser, E2E_ADMIN.email, E2E_ADMIN.password);

  await admin.goto(inWorkspace("/admin/users"));
  const inviteForm = admin.getByRole("form", { name: "Invite someone" });
  await inviteForm.getByLabel("Name", { exact: true }).fill("Ivy Invitee");
  await inviteForm.getByLabel("Email", { exact: true }).fill(email);
  await inviteForm.getByLabel("Role", { exact: true }).selectOption("AGENT");
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText(`Invitation sent to ${email}.`)).toBeVisible();

  // Pending invitations are listed apart from the members until they are accepted.
  const pending = admin.getByRole("table", { name: "Invitations not accepted yet, newest first" });
  const invitationRow = pending.getByRole("row").filter({ hasText: email });
  await expect(invitationRow.getByRole("cell", { name: "Agent", exact: true })).toBeVisible();
  await expect(invitationRow.getByRole("button", { name: `Resend the invitation to ${email}` })).toBeVisible();
  await expect(invitationRow.getByRole("button", { name: `Revoke the invitation to ${email}` })).toBeVisible();

  // The subject names the admin and the workspace; its fixed middle is enough to find it.
  const invitationPath = await linkPathFromMailbox(browser, { to: email, subject: "invited you to", link: /\/accept-invite\?token=/ });
  const invitee = await newPage(browser);
  await invitee.goto(invitationPath);
  await expect(invitee.getByRole("heading", { level: 1, name: /^Join / })).toBeVisible();
  await expect(invitee.getByLabel("Your name")).toHaveValue("Ivy Invitee");
  await invitee.getByLabel("Password", { exact: true }).fill(INVITEE_PASSWORD);
  await invitee.getByLabel("Confirm password").fill(INVITEE_PASSWORD);
  await invitee.getByRole("button", { name: "Set password and join" }).click();
  await expect(invitee.getByText("Your account is ready.")).toBeVisible();
  await expect(invitee.getByRole("link", { name: "Sign in", exact: true })).toHaveAttribute("href", /^\/sign-in\?callbackUrl=%2Fw%2F[^%]+%2Ftickets$/);

  // The link is spent: opening it again explains instead of showing the form.
  const spent = await invitee.goto(invitationPath);
  expect(spent?.status()).toBe(404);
  await expect(invitee.getByRole("heading", { level: 1, name: "This invitation does not work" })).toBeVisible();

  await signIn(invitee, email, INVITEE_PASSWORD);

  await admin.goto(inWorkspace(`/admin/users?q=${encodeURIComponent(email)}`));
  await expect(pending.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  const row = admin.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("Ivy Invitee", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Disable", exact: true }).click();
  await row.getByRole("button", { name: "Yes, disable" }).click();
  await expect(admin.getByText("Ivy Invitee's account is disabled.")).toBeVisible();
  await expect(row.getByText("Disabled", { exact: true }).filter({ visible: true })).toBeVisible();

  await invitee.reload();
  await expect(invitee).toHaveURL(/\/sign-in/);

  await admin.getByRole("link", { name: "Audit log" }).click();
  await expect(admin.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await admin.getByLabel("Action", { exact: true }).fill("user.invited");
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/action=user\.invited/);
  const entry = admin.getByRole("row").filter({ hasText: "user.invited" }).filter({ hasText: email });
  await expect(entry).toHaveCount(1);
  await entry.getByRole("link", { name: "Invitation" }).click();
  await expect(admin).toHaveURL(/\/admin\/users$/);
});

test("an admin revokes a pending invitation with the keyboard, and its link stops working", async ({ browser }) => {
  const email = `e2e-revoke-${Date.now()}@example.com`;
  const admin = await signedInPage(browser, E2E_ADMIN.email, E2E_ADMIN.password);
  await admin.goto(inWorkspace("/admin/users"));
  const inviteForm = admin.getByRole("form", { name: "Invite someone" });
  await inviteForm.getByLabel("Name", { exact: true }).fill("Rex Revoked");
  await inviteForm.getByLabel("Email", { exact: true }).fill(email);
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const invitationPath = await linkPathFromMailbox(browser, { to: email, subject: "invited you to", link: /\/accept-invite\?token=/ });

  await admin.getByRole("button", { name: `Revoke the invitation to ${email}` }).focus();
  await admin.keyboard.press("Enter");
  const confirm = admin.getByRole("group", { name: `Confirm revoking the invitation to ${email}` });
  await confirm.getByRole("button", { name: "Revoke invitation" }).focus();
  await admin.keyboard.press("Enter");
  await expect(admin.getByText(`The invitation to ${email} was revoked.`)).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: email })).toHaveCount(0);

  const invitee = await newPage(browser);
  expect((await invitee.goto(invitationPath))?.status()).toBe(404);
  await expect(invitee.getByRole("heading", { level: 1, name: "This invitation does not work" })).toBeVisible();
});
