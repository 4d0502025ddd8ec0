import { describe, expect, it } from "vitest";
import { dbFor } from "@/lib/db";
import { ConflictError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { requestContext } from "@/lib/test/security-factories";
import { inviteMember, resendInvitation, revokeInvitation } from "./mutations";
import { findUsableInvitation, listPendingInvitations } from "./queries";
import { ALREADY_MEMBER_MESSAGE, SERVICE_ACCOUNT_EMAIL_MESSAGE } from "./schemas";
import { invitationTokensSentTo, invite, newEmail } from "./test-helpers";

describe("inviting someone", () => {
  it("stores a 7-day invitation and emails it, with its audit entry, and creates no account or membership", async () => {
    const before = Date.now();
    const { admin, workspace, email, invitation, token } = await invite();
    expect(await db.user.count({ where: { email } })).toBe(0);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored).toMatchObject({ workspaceId: workspace.id, email, role: "AGENT", invitedById: admin.userId, acceptedAt: null });
    expect(stored.expiresAt.getTime() - before).toBeGreaterThanOrEqual(7 * 24 * 3600_000);
    const message = await db.emailMessage.findFirstOrThrow({ where: { to: email, template: "invitation" } });
    expect(message).toMatchObject({ workspaceId: workspace.id, subject: "Grace Admin invited you to Acme Support on Triage" });
    expect(message.text).toContain("Grace Admin invited you to Acme Support as Agent");
    expect(message.text).toContain("Choose a password");
    expect(await findUsableInvitation(token)).toMatchObject({ email, role: "AGENT", workspaceName: "Acme Support", hasAccount: false });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.invited", targetId: invitation.id } });
    expect(entry).toMatchObject({ actorId: admin.userId, workspaceId: workspace.id, targetType: "invitation", metadata: { email, role: "AGENT" } });
  });

  it("invites an account of another workspace, telling them to sign in with it", async () => {
    const { user: elsewhere } = await createUser({ role: "ADMIN" });
    const { token } = await invite({ email: elsewhere.email });
    expect(await findUsableInvitation(token)).toMatchObject({ email: elsewhere.email, hasAccount: true });
    const message = await db.emailMessage.findFirstOrThrow({ where: { to: elsewhere.email, template: "invitation" } });
    expect(message.text).toContain("sign in with your existing Triage account");
  });

  it("puts a member's or a service account's email under the email field and sends nothing", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const { user: member } = await createUser({ workspaceId: workspace.id });
    const service = await db.user.create({ data: { email: `bot-${Date.now()}@service.invalid`, name: "Bot", isServiceAccount: true } });
    const inviteOf = (email: string) => inviteMember(admin, { name: "Someone", email, role: "CLIENT" });
    await expect(inviteOf(member.email.toUpperCase())).rejects.toMatchObject({ fieldErrors: { email: [ALREADY_MEMBER_MESSAGE] } });
    await expect(inviteOf(member.email)).rejects.toBeInstanceOf(ConflictError);
    await expect(inviteOf(service.email)).rejects.toMatchObject({ fieldErrors: { email: [SERVICE_ACCOUNT_EMAIL_MESSAGE] } });
    expect(await db.invitation.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: { in: [member.email, service.email] } } })).toBe(0);
  });

  it("replaces a pending invitation when the same email is invited again: the old link dies", async () => {
    const { admin, email, invitation, token } = await invite({ role: "CLIENT" });
    const again = await inviteMember(admin, { name: "Ann Again", email: email.toUpperCase(), role: "MANAGER" }, requestContext());
    const tokens = await invitationTokensSentTo(email);
    expect(tokens).toHaveLength(2);
    expect(again.id).toBe(invitation.id);
    expect(await findUsableInvitation(token)).toBeNull();
    expect(await findUsableInvitation(tokens[1] ?? "")).toMatchObject({ role: "MANAGER", name: "Ann Again" });
    expect(await db.invitation.count({ where: { workspaceId: admin.workspaceId } })).toBe(1);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.invited", targetId: invitation.id }, orderBy: { createdAt: "desc" } });
    expect(entry.metadata).toMatchObject({ role: "MANAGER", replacedPending: true });
  });

  it("limits the invitation emails to one address, as for every email", async () => {
    const { admin, email } = await invite();
    await inviteMember(admin, { name: "Ann", email, role: "AGENT" });
    await inviteMember(admin, { name: "Ann", email, role: "AGENT" });
    await expect(inviteMember(admin, { name: "Ann", email, role: "AGENT" })).rejects.toBeInstanceOf(RateLimitedError);
    expect(await invitationTokensSentTo(email)).toHaveLength(3);
  });

  it("is a 404 for anyone without members.manage, and writes nothing", async () => {
    const { actor: manager } = await createUser({ role: "MANAGER" });
    const email = newEmail();
    await expect(inviteMember(manager, { name: "X", email, role: "ADMIN" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.invitation.count({ where: { email } })).toBe(0);
  });
});

describe("managing pending invitations", () => {
  it("lists the workspace's pending invitations with who sent them, expired ones included, not accepted or revoked ones", async () => {
    const { admin, email, invitation } = await invite();
    const expired = await invite({ admin });
    await db.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await invite({ admin });
    await revokeInvitation(admin, { invitationId: revoked.invitation.id });
    const listed = await listPendingInvitations(admin);
    expect(listed.map((row) => row.email)).toEqual([expired.email, email]);
    expect(listed[1]).toMatchObject({ id: invitation.id, role: "AGENT", invitedBy: { name: "Grace Admin" } });
  });

  it("resends with a new link, kills the old one and audits it", async () => {
    const { admin, email, invitation, token } = await invite();
    await resendInvitation(admin, { invitationId: invitation.id }, requestContext());
    const tokens = await invitationTokensSentTo(email);
    expect(tokens).toHaveLength(2);
    expect(await findUsableInvitation(token)).toBeNull();
    expect(await findUsableInvitation(tokens[1] ?? "")).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.invitation_resent", targetId: invitation.id } })).toBe(1);
  });

  it("revokes: the link stops working, it leaves the list, and it is audited once", async () => {
    const { admin, invitation, token } = await invite();
    await revokeInvitation(admin, { invitationId: invitation.id }, requestContext());
    expect(await findUsableInvitation(token)).toBeNull();
    expect(await listPendingInvitations(admin)).toEqual([]);
    await expect(revokeInvitation(admin, { invitationId: invitation.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(resendInvitation(admin, { invitationId: invitation.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditLog.count({ where: { action: "user.invitation_revoked", targetId: invitation.id } })).toBe(1);
  });

  it("hides a workspace's invitations from the admins of another workspace and from its own non-admins (404)", async () => {
    const { admin, invitation, token } = await invite();
    const { actor: otherAdmin } = await createUser({ role: "ADMIN" });
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: admin.workspaceId });
    expect(await listPendingInvitations(otherAdmin)).toEqual([]);
    await expect(listPendingInvitations(agent)).rejects.toBeInstanceOf(NotFoundError);
    for (const actor of [otherAdmin, agent]) {
      await expect(revokeInvitation(actor, { invitationId: invitation.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(resendInvitation(actor, { invitationId: invitation.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await findUsableInvitation(token)).not.toBeNull();
    // The database itself: another workspace's scope sees no invitation, the link's hash only its own.
    expect(await dbFor(otherAdmin).invitation.count()).toBe(0);
    expect(await dbFor({}).invitation.count()).toBe(0);
  });
});
