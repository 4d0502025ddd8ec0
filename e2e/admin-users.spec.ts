import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./config";
import { inWorkspace, linkPathFromMailbox, newPage, signedInPage, signIn } from "./support";

const INVITEE_PASSWORD = "lantern harbour copper fjord";

test("an admin invites an agent who joins and signs in; disabling them ends their session; the audit log shows the invitation", async ({
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

  await admin.goto(inWorkspace(`/admin/users?q=${encodeURIComponent(email)}`));
  const row = admin.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("Invited", { exact: true }).filter({ visible: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Resend the invitation to Ivy Invitee` })).toBeVisible();

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

  // The link is spent: opening it again explains instead of showing the form.
  await invitee.goto(invitationPath);
  await expect(invitee.getByRole("heading", { level: 1, name: "This invitation does not work" })).toBeVisible();

  await signIn(invitee, email, INVITEE_PASSWORD);

  await admin.goto(inWorkspace(`/admin/users?q=${encodeURIComponent(email)}`));
  await expect(row.getByText("Invited", { exact: true })).toHaveCount(0);
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
  await entry.getByRole("link", { name: email }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin/users\\?q=${encodeURIComponent(email).replace(/[.+]/g, "\\$&")}`));
});
