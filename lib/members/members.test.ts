import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/test/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { addMembership, createUser, createWorkspace } from "@/lib/test/factories";
import { changeMemberRole } from "./mutations";
import { listMembers } from "./queries";
import { LAST_ADMIN_MESSAGE, MEMBER_PAGE_SIZE } from "./schemas";

describe("listing members", () => {
  it("pages through the workspace's members by email, and only theirs", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id, email: "admin-list@example.com" });
    for (let index = 0; index < MEMBER_PAGE_SIZE; index += 1) {
      await createUser({ workspaceId: workspace.id, email: `member-${String(index).padStart(2, "0")}@example.com` });
    }
    await createUser({ email: "outsider@example.com" });

    const first = await listMembers(admin, {});
    expect(first.members).toHaveLength(MEMBER_PAGE_SIZE);
    expect(first.members[0]?.user.email).toBe("admin-list@example.com");
    expect(first.nextAfter).toBe("member-48@example.com");
    const second = await listMembers(admin, { after: first.nextAfter ?? undefined });
    expect(second.members.map((member) => member.user.email)).toEqual(["member-49@example.com"]);
    expect(second.nextAfter).toBeNull();
  });

  it("searches by name or email, case-insensitively", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    await createUser({ workspaceId: workspace.id, name: "Grace Hopper", email: "grace@example.com" });
    await createUser({ workspaceId: workspace.id, name: "Alan Turing", email: "alan@navy.example" });
    expect((await listMembers(admin, { q: "HOPPER" })).members.map((member) => member.user.email)).toEqual([
      "grace@example.com",
    ]);
    expect((await listMembers(admin, { q: "navy" })).members.map((member) => member.user.name)).toEqual(["Alan Turing"]);
  });

  it("marks the members who also belong to another workspace, whatever the admin's scope shows", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id, email: "a-admin@example.com" });
    await addMembership(admin.userId);
    const { user: shared } = await createUser({ workspaceId: workspace.id, email: "b-shared@example.com" });
    await addMembership(shared.id, { role: "ADMIN" });
    await createUser({ workspaceId: workspace.id, email: "c-only-here@example.com" });

    const { members } = await listMembers(admin, {});
    expect(members.map((member) => [member.user.email, member.isInOtherWorkspaces])).toEqual([
      ["a-admin@example.com", true],
      ["b-shared@example.com", true],
      ["c-only-here@example.com", false],
    ]);
  });

  it("is a 404 for anyone but an admin", async () => {
    const { actor } = await createUser({ role: "MANAGER" });
    await expect(listMembers(actor, {})).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("changing a member's role", () => {
  it("changes it with an audit entry, and the member's next request sees it", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const { user, actor: member } = await createUser({ role: "CLIENT", workspaceId: workspace.id });

    expect(await changeMemberRole(admin, { userId: user.id, role: "AGENT" })).toEqual({ changed: true });

    const session = { userId: user.id, workspaceId: workspace.id, sessionVersion: 0, signedInAt: Math.floor(Date.now() / 1000) };
    expect((await loadActor(session))?.role).toBe("AGENT");
    expect(member.role).toBe("CLIENT");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "membership.role_changed", targetId: user.id } });
    expect(entry).toMatchObject({ actorId: admin.userId, workspaceId: workspace.id, metadata: { from: "CLIENT", to: "AGENT" } });
  });

  it("refuses an admin's own role, so the workspace always keeps an admin", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    await expect(changeMemberRole(admin, { userId: admin.userId, role: "CLIENT" })).rejects.toBeInstanceOf(DomainError);
    expect((await db.membership.findFirstOrThrow({ where: { userId: admin.userId } })).role).toBe("ADMIN");
  });

  it("refuses to demote the last enabled admin, as a stale admin session would try", async () => {
    const workspace = await createWorkspace();
    const { actor: first } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const { actor: second } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    await changeMemberRole(first, { userId: second.userId, role: "AGENT" });
    // `second` still holds the actor of a request that began while they were an admin.
    await expect(changeMemberRole(second, { userId: first.userId, role: "AGENT" })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    expect((await db.membership.findFirstOrThrow({ where: { userId: first.userId } })).role).toBe("ADMIN");
  });

  it("counts a disabled admin as gone, so the only enabled admin cannot be demoted", async () => {
    const workspace = await createWorkspace();
    const { actor: stale } = await createUser({ role: "ADMIN", workspaceId: workspace.id, disabled: true });
    const { user: lastAdmin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    await expect(changeMemberRole(stale, { userId: lastAdmin.id, role: "CLIENT" })).rejects.toThrow(LAST_ADMIN_MESSAGE);
  });

  it("lets exactly one of two admins demoting each other at once succeed", async () => {
    for (let round = 0; round < 5; round += 1) {
      const workspace = await createWorkspace();
      const { actor: first } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
      const { actor: second } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
      const outcomes = await Promise.allSettled([
        changeMemberRole(first, { userId: second.userId, role: "AGENT" }),
        changeMemberRole(second, { userId: first.userId, role: "AGENT" }),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      const rejected = outcomes.find((outcome) => outcome.status === "rejected");
      expect(rejected?.reason).toBeInstanceOf(DomainError);
      expect(await db.membership.count({ where: { workspaceId: workspace.id, role: "ADMIN" } })).toBe(1);
    }
  });

  it("is a 404 for another workspace's member and for non-admins", async () => {
    const { actor: admin } = await createUser({ role: "ADMIN" });
    const { user: outsider } = await createUser({ role: "CLIENT" });
    await expect(changeMemberRole(admin, { userId: outsider.id, role: "ADMIN" })).rejects.toBeInstanceOf(NotFoundError);

    const workspace = await createWorkspace();
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    const { user: client } = await createUser({ workspaceId: workspace.id });
    await expect(changeMemberRole(manager, { userId: client.id, role: "ADMIN" })).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await db.auditLog.count({ where: { action: "membership.role_changed", targetId: { in: [outsider.id, client.id] } } }),
    ).toBe(0);
  });
});
