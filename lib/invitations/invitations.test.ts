import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/sign-in/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { db } from "@/lib/test/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { requestContext } from "@/lib/test/security-factories";
import { acceptInvitation, inviteMember, resendInvitation } from "./mutations";
import { findUsableInvitation } from "./queries";
import { ALREADY_MEMBER_MESSAGE, EMAIL_HAS_ACCOUNT_MESSAGE, INVALID_INVITATION_LINK_MESSAGE } from "./schemas";

const PASSWORD = "violet anchor moss kettle";
const newEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.com`;

/** The raw tokens of the invitation emails sent to `email`, oldest first. */
async function invitationTokensSentTo(email: string): Promise<string[]> {
  const messages = await db.emailMessage.findMany({ where: { to: email, template: "invitation" }, orderBy: { createdAt: "asc" } });
  return messages.map((message) => {
    const link = /https?:\/\/\S+\/accept-invite\?token=(\S+)/.exec(message.text);
    if (!link?.[1]) throw new Error("No invitation link in the email.");
    return decodeURIComponent(link[1]);
  });
}

async function invite(options: { role?: "AGENT" | "CLIENT" } = {}) {
  const workspace = await createWorkspace({ name: "Acme Support" });
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id, name: "Grace Admin" });
  const email = newEmail();
  const { userId } = await inviteMember(admin, { name: "Ann Invitee", email, role: options.role ?? "AGENT" }, requestContext());
  const [token] = await invitationTokensSentTo(email);
  return { admin, workspace, email, userId, token: token ?? "" };
}

const acceptInput = (token: string, newPassword = PASSWORD) => ({ token, name: "Ann Accepted", newPassword, confirmPassword: newPassword });

describe("inviting a member", () => {
  it("creates a passwordless, unverified user with a membership, a 7-day token, the email and its audit entry", async () => {
    const before = Date.now();
    const { admin, workspace, email, userId, token } = await invite();
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
    expect(user).toMatchObject({ email, name: "Ann Invitee", passwordHash: null, emailVerifiedAt: null });
    expect(user.memberships).toMatchObject([{ workspaceId: workspace.id, role: "AGENT" }]);
    const stored = await db.authToken.findFirstOrThrow({ where: { userId, purpose: "INVITATION" } });
    expect(stored.expiresAt.getTime() - before).toBeGreaterThanOrEqual(TOKEN_LIFETIME_MINUTES.INVITATION * 60_000);
    const message = await db.emailMessage.findFirstOrThrow({ where: { to: email, template: "invitation" } });
    expect(message).toMatchObject({ workspaceId: workspace.id, subject: "Grace Admin invited you to Acme Support on Triage" });
    expect(message.text).toContain("expires in 7 days");
    expect(await findUsableInvitation(token)).toEqual({ name: "Ann Invitee", email, workspaceName: "Acme Support" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.invited", targetId: userId } });
    expect(entry).toMatchObject({ actorId: admin.userId, workspaceId: workspace.id, metadata: { email, role: "AGENT" } });
  });

  it("writes nothing when any part fails, since it is one transaction", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const email = newEmail();
    // An actor whose workspace does not exist fails after the user insert, inside the transaction.
    const broken = { ...admin, workspaceId: randomUUID() };
    await expect(inviteMember(broken, { name: "Nobody", email, role: "CLIENT" })).rejects.toThrow();
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: email } })).toBe(0);
  });

  it("puts an existing member's and another account's email under the email field", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const { user: member } = await createUser({ workspaceId: workspace.id });
    const { user: elsewhere } = await createUser();
    const inviteOf = (email: string) => inviteMember(admin, { name: "Someone", email, role: "CLIENT" });
    await expect(inviteOf(member.email)).rejects.toMatchObject({ fieldErrors: { email: [ALREADY_MEMBER_MESSAGE] } });
    await expect(inviteOf(elsewhere.email)).rejects.toMatchObject({ fieldErrors: { email: [EMAIL_HAS_ACCOUNT_MESSAGE] } });
    await expect(inviteOf(elsewhere.email)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.membership.count({ where: { userId: elsewhere.id } })).toBe(1);
    expect(await db.emailMessage.count({ where: { to: { in: [member.email, elsewhere.email] } } })).toBe(0);
  });

  it("is a 404 for anyone but an admin", async () => {
    const { actor: manager } = await createUser({ role: "MANAGER" });
    const email = newEmail();
    await expect(inviteMember(manager, { name: "X", email, role: "ADMIN" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("resending an invitation", () => {
  it("sends a new link and kills the old one", async () => {
    const { admin, email, userId, token } = await invite();
    await resendInvitation(admin, { userId }, requestContext());
    const tokens = await invitationTokensSentTo(email);
    expect(tokens).toHaveLength(2);
    expect(await findUsableInvitation(token)).toBeNull();
    expect(await findUsableInvitation(tokens[1] ?? "")).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.invitation_resent", targetId: userId } })).toBe(1);
  });

  it("refuses an accepted invitation, and is a 404 across workspaces and for non-admins", async () => {
    const { admin, userId, token } = await invite();
    await acceptInvitation(acceptInput(token), requestContext());
    await expect(resendInvitation(admin, { userId })).rejects.toBeInstanceOf(DomainError);

    const other = await invite();
    await expect(resendInvitation(admin, { userId: other.userId })).rejects.toBeInstanceOf(NotFoundError);
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: other.workspace.id });
    await expect(resendInvitation(agent, { userId: other.userId })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("accepting an invitation", () => {
  it("sets the name and password, verifies the email, audits, and lets the person sign in", async () => {
    const { workspace, email, userId, token } = await invite();
    expect(await acceptInvitation(acceptInput(token), requestContext())).toEqual({ email });

    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.name).toBe("Ann Accepted");
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.invitation_accepted", targetId: userId } });
    expect(entry).toMatchObject({ actorId: userId, workspaceId: workspace.id });
    expect(await verifyCredentials({ email, password: PASSWORD }, requestContext())).toMatchObject({ ok: true });
  });

  it("works once", async () => {
    const { token } = await invite();
    await acceptInvitation(acceptInput(token), requestContext());
    expect(await findUsableInvitation(token)).toBeNull();
    await expect(acceptInvitation(acceptInput(token, "another fine passphrase"), requestContext())).rejects.toThrow(
      INVALID_INVITATION_LINK_MESSAGE,
    );
  });

  it("refuses an expired link and an unknown one, and changes nothing", async () => {
    const { userId, token } = await invite();
    await db.authToken.updateMany({ where: { userId, purpose: "INVITATION" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findUsableInvitation(token)).toBeNull();
    await expect(acceptInvitation(acceptInput(token), requestContext())).rejects.toThrow(INVALID_INVITATION_LINK_MESSAGE);
    await expect(acceptInvitation(acceptInput("not-a-token"), requestContext())).rejects.toThrow(INVALID_INVITATION_LINK_MESSAGE);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ passwordHash: null, emailVerifiedAt: null });
  });

  it("refuses a weak password under its field and leaves the link usable", async () => {
    const { token } = await invite();
    const weak = acceptInvitation(acceptInput(token, "qwertyqwertyqwerty"), requestContext());
    await expect(weak).rejects.toMatchObject({ fieldErrors: { newPassword: [expect.stringMatching(/too common/)] } });
    expect(await findUsableInvitation(token)).not.toBeNull();
  });

  it("refuses the link of an account disabled after the invitation", async () => {
    const { userId, token } = await invite();
    await db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    expect(await findUsableInvitation(token)).toBeNull();
    await expect(acceptInvitation(acceptInput(token), requestContext())).rejects.toThrow(INVALID_INVITATION_LINK_MESSAGE);
  });
});
