import { describe, expect, it } from "vitest";
import { createPersonalToken } from "@/lib/api-keys/mutations";
import { loadActor } from "@/lib/auth/session";
import { DomainError, NotFoundError } from "@/lib/errors";
import { createTestCategory, createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { db } from "@/lib/test/db";
import { changeMemberRole, leaveWorkspace, removeMember } from "./mutations";
import { LAST_ADMIN_LEAVING_MESSAGE, LAST_ADMIN_MESSAGE, ONLY_WORKSPACE_MESSAGE } from "./schemas";

const sessionOf = (actor: { userId: string; workspaceId: string }) => ({
  userId: actor.userId,
  workspaceId: actor.workspaceId,
  sessionVersion: 0,
  signedInAt: Math.floor(Date.now() / 1000),
});

/** A member of `workspaceId` who also belongs to a second workspace, as `role` in the first. */
async function memberOfTwo(workspaceId: string, role: "CLIENT" | "AGENT" | "ADMIN" = "AGENT") {
  const { user, actor } = await createUser({ role, workspaceId });
  const elsewhere = await createWorkspace();
  await db.membership.create({ data: { userId: user.id, workspaceId: elsewhere.id, role: "CLIENT" } });
  return { user, actor, elsewhere };
}

async function workspaceWithAdmin() {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  return { workspace, admin };
}

describe("leaving a workspace", () => {
  it("ends the membership and its session at once, keeps the tickets and unassigns the open ones, with an audit entry", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const { user, actor, elsewhere } = await memberOfTwo(workspace.id);
    const { user: client } = await createUser({ workspaceId: workspace.id });
    const open = await createTicket({ workspaceId: workspace.id, requesterId: client.id, assigneeId: user.id, status: "OPEN" });
    const closed = await createTicket({ workspaceId: workspace.id, requesterId: client.id, assigneeId: user.id, status: "CLOSED" });
    const requested = await createTicket({ workspaceId: workspace.id, requesterId: user.id });
    const category = await createTestCategory({ workspaceId: workspace.id });
    await db.categoryWatcher.create({ data: { categoryId: category.id, userId: user.id, workspaceId: workspace.id } });
    await db.savedView.create({ data: { workspaceId: workspace.id, userId: user.id, name: "Mine", query: "assignee=me" } });
    await createPersonalToken(actor, { name: "script", scopes: ["tickets:read"], expiresInDays: "30" });
    expect(await loadActor(sessionOf(actor))).not.toBeNull();

    expect(await leaveWorkspace(actor)).toEqual({ unassignedTickets: 1 });

    expect(await loadActor(sessionOf(actor), actor.workspaceSlug)).toBeNull();
    expect(await loadActor({ ...sessionOf(actor), workspaceId: elsewhere.id })).not.toBeNull();
    expect(await db.membership.count({ where: { userId: user.id, workspaceId: workspace.id } })).toBe(0);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: open.id } })).assigneeId).toBeNull();
    expect((await db.ticket.findUniqueOrThrow({ where: { id: closed.id } })).assigneeId).toBe(user.id);
    expect(await db.ticket.findUnique({ where: { id: requested.id } })).not.toBeNull();
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: open.id, type: "ASSIGNEE_CHANGED" } });
    expect(event).toMatchObject({ actorId: user.id, fromValue: user.id, toValue: null, workspaceId: workspace.id });
    expect(await db.categoryWatcher.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.savedView.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.apiKey.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "membership.left", targetId: user.id } });
    expect(entry).toMatchObject({ actorId: user.id, workspaceId: workspace.id, metadata: { role: "AGENT", unassignedTickets: 1 } });
    expect(admin.workspaceId).toBe(workspace.id);
  });

  it("refuses the member's only workspace, so the account keeps somewhere to sign in", async () => {
    const { workspace } = await workspaceWithAdmin();
    const { user, actor } = await createUser({ workspaceId: workspace.id });
    await expect(leaveWorkspace(actor)).rejects.toThrow(ONLY_WORKSPACE_MESSAGE);
    // A workspace being deleted is no place to sign in to either.
    const deleting = await createWorkspace({ deletionRequestedAt: new Date() });
    await db.membership.create({ data: { userId: user.id, workspaceId: deleting.id, role: "AGENT" } });
    await expect(leaveWorkspace(actor)).rejects.toThrow(ONLY_WORKSPACE_MESSAGE);
    expect(await db.membership.count({ where: { userId: user.id, workspaceId: workspace.id } })).toBe(1);
  });

  it("refuses the last enabled admin until they hand the duty over, then lets them go", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await memberOfTwo(workspace.id, "ADMIN");
    const { user: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    await createUser({ role: "ADMIN", workspaceId: workspace.id, disabled: true });
    await expect(leaveWorkspace(admin)).rejects.toThrow(LAST_ADMIN_LEAVING_MESSAGE);

    await changeMemberRole(admin, { userId: agent.id, role: "ADMIN" });
    await leaveWorkspace(admin);
    expect(await db.membership.findMany({ where: { workspaceId: workspace.id, role: "ADMIN", user: { disabledAt: null } }, select: { userId: true } }))
      .toEqual([{ userId: agent.id }]);
  });

  it("lets only one of two admins leave at once, so the workspace keeps one", async () => {
    for (let round = 0; round < 3; round += 1) {
      const workspace = await createWorkspace();
      const { actor: first } = await memberOfTwo(workspace.id, "ADMIN");
      const { actor: second } = await memberOfTwo(workspace.id, "ADMIN");
      const outcomes = await Promise.allSettled([leaveWorkspace(first), leaveWorkspace(second)]);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toBeInstanceOf(DomainError);
      expect(await db.membership.count({ where: { workspaceId: workspace.id, role: "ADMIN" } })).toBe(1);
    }
  });

  it("never leaves an account with no workspace when it leaves two at once", async () => {
    const first = await createWorkspace();
    const second = await createWorkspace();
    const { user, actor } = await createUser({ workspaceId: first.id });
    await db.membership.create({ data: { userId: user.id, workspaceId: second.id, role: "CLIENT" } });
    const inSecond = { ...actor, workspaceId: second.id, workspaceSlug: second.slug };
    const outcomes = await Promise.allSettled([leaveWorkspace(actor), leaveWorkspace(inSecond)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("removing a member", () => {
  it("removes the membership but not the account, unassigns their open tickets, with an audit entry", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const { user, actor, elsewhere } = await memberOfTwo(workspace.id);
    const ticket = await createTicket({ workspaceId: workspace.id, requesterId: admin.userId, assigneeId: user.id });

    expect(await removeMember(admin, { userId: user.id })).toEqual({ unassignedTickets: 1 });

    expect(await loadActor(sessionOf(actor), actor.workspaceSlug)).toBeNull();
    expect(await loadActor({ ...sessionOf(actor), workspaceId: elsewhere.id })).not.toBeNull();
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).assigneeId).toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "membership.removed", targetId: user.id } });
    expect(entry).toMatchObject({ actorId: admin.userId, workspaceId: workspace.id, metadata: { email: user.email, role: "AGENT" } });
  });

  it("removes another admin, but never the last enabled one nor oneself", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const { user: other, actor: staleOther } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    await expect(removeMember(admin, { userId: admin.userId })).rejects.toThrow(/Leave workspace/);
    await removeMember(admin, { userId: other.id });
    // The removed admin's request still in flight cannot take the last admin with it.
    await expect(removeMember(staleOther, { userId: admin.userId })).rejects.toThrow(LAST_ADMIN_MESSAGE);
    expect(await db.membership.count({ where: { userId: admin.userId, workspaceId: workspace.id } })).toBe(1);
  });

  it("lets exactly one of two admins removing each other at once succeed", async () => {
    for (let round = 0; round < 3; round += 1) {
      const workspace = await createWorkspace();
      const { actor: first } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
      const { actor: second } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
      const outcomes = await Promise.allSettled([
        removeMember(first, { userId: second.userId }),
        removeMember(second, { userId: first.userId }),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toBeInstanceOf(DomainError);
      expect(await db.membership.count({ where: { workspaceId: workspace.id, role: "ADMIN" } })).toBe(1);
    }
  });

  it("ends a membership once when the member leaves while an admin removes them", async () => {
    for (let round = 0; round < 3; round += 1) {
      const { workspace, admin } = await workspaceWithAdmin();
      const { user, actor } = await memberOfTwo(workspace.id);
      await createTicket({ workspaceId: workspace.id, requesterId: admin.userId, assigneeId: user.id });
      const outcomes = await Promise.allSettled([leaveWorkspace(actor), removeMember(admin, { userId: user.id })]);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toBeInstanceOf(NotFoundError);
      const ended = await db.auditLog.count({ where: { action: { in: ["membership.left", "membership.removed"] }, targetId: user.id } });
      expect(ended).toBe(1);
      expect(await db.ticketEvent.count({ where: { workspaceId: workspace.id, type: "ASSIGNEE_CHANGED" } })).toBe(1);
    }
  });

  it("is a 404 for another workspace's member and for non-admins", async () => {
    const { admin } = await workspaceWithAdmin();
    const { user: outsider } = await createUser();
    await expect(removeMember(admin, { userId: outsider.id })).rejects.toBeInstanceOf(NotFoundError);
    const { workspace } = await workspaceWithAdmin();
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    const { user: client } = await createUser({ workspaceId: workspace.id });
    await expect(removeMember(manager, { userId: client.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.membership.count({ where: { userId: { in: [outsider.id, client.id] } } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "membership.removed", targetId: { in: [outsider.id, client.id] } } })).toBe(0);
  });
});
