import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/sign-in/credentials";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/test/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { addMembership, createUser, createWorkspace, TEST_PASSWORD } from "@/lib/test/factories";
import { requestContext } from "@/lib/test/security-factories";
import { forcePasswordReset, setMemberDisabled } from "./mutations";
import { LAST_ADMIN_MESSAGE } from "./schemas";

const claimsOf = (actor: { userId: string; workspaceId: string }, sessionVersion = 0) => ({
  userId: actor.userId,
  workspaceId: actor.workspaceId,
  sessionVersion,
  signedInAt: Math.floor(Date.now() / 1000),
});

async function adminWithMember(role: "CLIENT" | "AGENT" | "ADMIN" = "AGENT") {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  const { user, actor: member } = await createUser({ role, workspaceId: workspace.id });
  return { workspace, admin, user, member };
}

describe("disabling and enabling a member", () => {
  it("ends the member's sessions at once and refuses their sign-in, with an audit entry", async () => {
    const { admin, user, member } = await adminWithMember();
    expect(await loadActor(claimsOf(member))).not.toBeNull();

    expect(await setMemberDisabled(admin, { userId: user.id, disabled: true }, requestContext())).toEqual({ changed: true });

    expect(await loadActor(claimsOf(member))).toBeNull();
    expect(await loadActor(claimsOf(member, 1))).toBeNull();
    const signIn = await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext());
    expect(signIn).toEqual({ ok: false, reason: "invalid_credentials" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.disabled", targetId: user.id } });
    expect(entry).toMatchObject({ actorId: admin.userId, workspaceId: admin.workspaceId });
  });

  it("enables the account again, so the member can sign in, with an audit entry", async () => {
    const { admin, user } = await adminWithMember();
    await setMemberDisabled(admin, { userId: user.id, disabled: true });
    expect(await setMemberDisabled(admin, { userId: user.id, disabled: false })).toEqual({ changed: true });
    expect(await setMemberDisabled(admin, { userId: user.id, disabled: false })).toEqual({ changed: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext())).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { action: "user.enabled", targetId: user.id } })).toBe(1);
  });

  it("disables another admin, but never the last enabled one nor oneself", async () => {
    const { admin, user: otherAdmin, member: otherAdminActor } = await adminWithMember("ADMIN");
    await expect(setMemberDisabled(admin, { userId: admin.userId, disabled: true })).rejects.toThrow(/your own account/);
    await setMemberDisabled(admin, { userId: otherAdmin.id, disabled: true });
    // The disabled admin's request still in flight cannot take the last admin with it.
    await expect(setMemberDisabled(otherAdminActor, { userId: admin.userId, disabled: true })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).disabledAt).toBeNull();
  });

  it("is a 404 for another workspace's member and for non-admins", async () => {
    const { admin } = await adminWithMember();
    const { user: outsider } = await createUser();
    await expect(setMemberDisabled(admin, { userId: outsider.id, disabled: true })).rejects.toBeInstanceOf(NotFoundError);
    const { workspace, user } = await adminWithMember();
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    await expect(setMemberDisabled(manager, { userId: user.id, disabled: true })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.user.count({ where: { id: { in: [outsider.id, user.id] }, disabledAt: { not: null } } })).toBe(0);
  });
});

describe("forcing a password reset", () => {
  it("kills the old password and the sessions, and emails a reset link, with an audit entry", async () => {
    const { admin, user, member } = await adminWithMember();
    await forcePasswordReset(admin, { userId: user.id }, requestContext());

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
    expect(await loadActor(claimsOf(member))).toBeNull();
    const signIn = await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, requestContext());
    expect(signIn).toEqual({ ok: false, reason: "invalid_credentials" });
    const email = await db.emailMessage.findFirstOrThrow({ where: { to: user.email, template: "password-reset-required" } });
    expect(email.text).toMatch(/\/reset-password\?token=[\w-]{43}/);
    expect(await db.authToken.count({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.password_reset_forced", targetId: user.id, actorId: admin.userId } })).toBe(1);
  });

  it("refuses oneself and a disabled member", async () => {
    const { admin, user } = await adminWithMember();
    await expect(forcePasswordReset(admin, { userId: admin.userId })).rejects.toBeInstanceOf(DomainError);
    await setMemberDisabled(admin, { userId: user.id, disabled: true });
    await expect(forcePasswordReset(admin, { userId: user.id })).rejects.toThrow(/disabled/);
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(0);
  });

  it("is a 404 for another workspace's member and for non-admins", async () => {
    const { admin } = await adminWithMember();
    const { user: outsider } = await createUser();
    await expect(forcePasswordReset(admin, { userId: outsider.id })).rejects.toBeInstanceOf(NotFoundError);
    const { workspace, user } = await adminWithMember();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    await expect(forcePasswordReset(agent, { userId: user.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.emailMessage.count({ where: { to: { in: [outsider.email, user.email] } } })).toBe(0);
  });
});

describe("account-level actions on a member who also belongs to another workspace", () => {
  const ELSEWHERE = /also belongs to other workspaces/;

  it("refuses disabling and enabling their account, which the other workspace relies on too", async () => {
    const { admin, user } = await adminWithMember();
    await addMembership(user.id);
    await expect(setMemberDisabled(admin, { userId: user.id, disabled: true })).rejects.toThrow(ELSEWHERE);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();

    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(setMemberDisabled(admin, { userId: user.id, disabled: false })).rejects.toBeInstanceOf(DomainError);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { targetId: user.id, action: { in: ["user.disabled", "user.enabled"] } } })).toBe(0);
  });

  it("refuses forcing a password reset: their password and sessions stay, and nothing is emailed", async () => {
    const { admin, user, member } = await adminWithMember();
    await addMembership(user.id, { role: "ADMIN" });
    await expect(forcePasswordReset(admin, { userId: user.id })).rejects.toThrow(ELSEWHERE);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).not.toBeNull();
    expect(await loadActor(claimsOf(member))).not.toBeNull();
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(0);
    expect(await db.authToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("allows them again once the admin's workspace is the only one left", async () => {
    const { admin, user } = await adminWithMember();
    const elsewhere = await addMembership(user.id);
    await expect(setMemberDisabled(admin, { userId: user.id, disabled: true })).rejects.toThrow(ELSEWHERE);
    await db.membership.delete({ where: { userId_workspaceId: { userId: user.id, workspaceId: elsewhere } } });
    expect(await setMemberDisabled(admin, { userId: user.id, disabled: true })).toEqual({ changed: true });
  });

  it("counts a membership another transaction is adding at that moment", async () => {
    const { admin, user } = await adminWithMember();
    const elsewhere = await createWorkspace();
    let disabling: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await tx.membership.create({ data: { userId: user.id, workspaceId: elsewhere.id, role: "CLIENT" } });
      disabling = setMemberDisabled(admin, { userId: user.id, disabled: true });
      disabling.catch(() => undefined);
      await waitForLockWaiter();
    });
    await expect(disabling).rejects.toThrow(ELSEWHERE);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
  });
});

/** Resolves once a statement of this database waits for a row lock; fails after a few seconds. */
async function waitForLockWaiter() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("No statement waited for the lock.");
}
