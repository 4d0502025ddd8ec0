import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/tokens";
import { dbFor } from "@/lib/db";
import { verifyCredentials } from "@/lib/sign-in/credentials";
import { db } from "@/lib/test/db";
import { createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { requestContext } from "@/lib/test/security-factories";
import { acceptInvitation, joinWorkspace, revokeInvitation } from "./mutations";
import { findUsableInvitation } from "./queries";
import { INVALID_INVITATION_LINK_MESSAGE, SIGN_IN_TO_ACCEPT_MESSAGE, WRONG_ACCOUNT_MESSAGE } from "./schemas";
import { acceptInput, invite, PASSWORD } from "./test-helpers";

describe("an existing account accepting an invitation", () => {
  it("joins with the invited role while signed in, with no second account, and the link is spent and audited", async () => {
    const { user, actor } = await createUser({ role: "ADMIN" });
    const { workspace, invitation, token } = await invite({ email: user.email, role: "AGENT" });
    const usersBefore = await db.user.count();

    expect(await joinWorkspace(actor, { token }, requestContext())).toEqual({ workspaceSlug: workspace.slug });
    expect(await db.user.count()).toBe(usersBefore);
    const memberships = await db.membership.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    expect(memberships.map(({ workspaceId, role }) => ({ workspaceId, role }))).toEqual([
      { workspaceId: actor.workspaceId, role: "ADMIN" },
      { workspaceId: workspace.id, role: "AGENT" },
    ]);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.invitation_accepted", targetId: user.id } });
    expect(entry).toMatchObject({ workspaceId: workspace.id, actorId: user.id, metadata: { invitationId: invitation.id, role: "AGENT" } });
    await expect(joinWorkspace(actor, { token })).rejects.toThrow(INVALID_INVITATION_LINK_MESSAGE);
  });

  it("keeps the role of an account that became a member in the meantime, and spends the link", async () => {
    const { user, actor } = await createUser();
    const { workspace, invitation, token } = await invite({ email: user.email, role: "AGENT" });
    await db.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role: "MANAGER" } });
    await joinWorkspace(actor, { token });
    expect(await db.membership.findMany({ where: { userId: user.id, workspaceId: workspace.id }, select: { role: true } })).toEqual([
      { role: "MANAGER" },
    ]);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();
  });

  it("refuses someone signed in as another account, and leaves the link usable", async () => {
    const { user: invitee } = await createUser();
    const { actor: someoneElse } = await createUser();
    const { workspace, token } = await invite({ email: invitee.email });
    await expect(joinWorkspace(someoneElse, { token })).rejects.toThrow(WRONG_ACCOUNT_MESSAGE);
    expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: { in: [invitee.id, someoneElse.userId] } } })).toBe(0);
    expect(await findUsableInvitation(token)).not.toBeNull();
  });

  it("refuses the registration form for an email that has an account: it signs in instead", async () => {
    const { user } = await createUser();
    const { token } = await invite({ email: user.email });
    await expect(acceptInvitation(acceptInput(token), requestContext())).rejects.toThrow(SIGN_IN_TO_ACCEPT_MESSAGE);
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash, TEST_PASSWORD)).toBe(true);
    expect(await findUsableInvitation(token)).not.toBeNull();
  });

  it("treats a disabled account's link as no longer valid", async () => {
    const { user, actor } = await createUser({ disabled: true });
    const { token } = await invite({ email: user.email });
    expect(await findUsableInvitation(token)).toBeNull();
    await expect(joinWorkspace(actor, { token })).rejects.toThrow(INVALID_INVITATION_LINK_MESSAGE);
    await expect(acceptInvitation(acceptInput(token), requestContext())).rejects.toThrow(INVALID_INVITATION_LINK_MESSAGE);
  });
});

describe("a new person accepting an invitation", () => {
  it("creates the verified account and the membership, audits it, and lets the person sign in", async () => {
    const { workspace, email, invitation, token } = await invite({ role: "CLIENT" });
    expect(await acceptInvitation(acceptInput(token), requestContext())).toEqual({ email, workspaceSlug: workspace.slug });

    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Ann Accepted", emailVerifiedAt: expect.any(Date) });
    expect(user.memberships).toMatchObject([{ workspaceId: workspace.id, role: "CLIENT" }]);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.invitation_accepted", targetId: user.id } });
    expect(entry).toMatchObject({ actorId: user.id, workspaceId: workspace.id, metadata: { invitationId: invitation.id } });
    expect(await verifyCredentials({ email, password: PASSWORD }, requestContext())).toMatchObject({ ok: true });
  });

  it("gives an account without a password (an invitation of the old kind) its password instead of a second account", async () => {
    const placeholder = await db.user.create({ data: { email: `old-${Date.now()}@example.com`, name: "Old Invitee" } });
    const { workspace, token } = await invite({ email: placeholder.email });
    expect(await findUsableInvitation(token)).toMatchObject({ hasAccount: false });
    await acceptInvitation(acceptInput(token), requestContext());
    const user = await db.user.findUniqueOrThrow({ where: { id: placeholder.id }, include: { memberships: true } });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user.memberships).toMatchObject([{ workspaceId: workspace.id, role: "AGENT" }]);
    expect(await db.user.count({ where: { email: placeholder.email } })).toBe(1);
  });

  it("works once", async () => {
    const { token } = await invite();
    await acceptInvitation(acceptInput(token), requestContext());
    expect(await findUsableInvitation(token)).toBeNull();
    await expect(acceptInvitation(acceptInput(token, "another fine passphrase"), requestContext())).rejects.toThrow(
      INVALID_INVITATION_LINK_MESSAGE,
    );
  });

  it("refuses an expired, a revoked and an unknown link, and creates nothing", async () => {
    const expired = await invite();
    await db.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await invite();
    await revokeInvitation(revoked.admin, { invitationId: revoked.invitation.id });
    for (const token of [expired.token, revoked.token, "not-a-token"]) {
      expect(await findUsableInvitation(token)).toBeNull();
      await expect(acceptInvitation(acceptInput(token), requestContext())).rejects.toThrow(INVALID_INVITATION_LINK_MESSAGE);
    }
    expect(await db.user.count({ where: { email: { in: [expired.email, revoked.email] } } })).toBe(0);
  });

  it("refuses a weak password under its field and leaves the link usable", async () => {
    const { email, token } = await invite();
    const weak = acceptInvitation(acceptInput(token, "qwertyqwertyqwerty"), requestContext());
    await expect(weak).rejects.toMatchObject({ fieldErrors: { newPassword: [expect.stringMatching(/too common/)] } });
    expect(await findUsableInvitation(token)).not.toBeNull();
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("lets the link's hash find its own invitation in the database, and no other", async () => {
    const first = await invite();
    await invite();
    const rows = await dbFor({ invitationHash: hashToken(first.token) }).invitation.findMany({ select: { id: true } });
    expect(rows).toEqual([{ id: first.invitation.id }]);
  });
});
