import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { NotFoundError } from "@/lib/errors";
import { addMembership, createUser, createWorkspace } from "@/lib/test/factories";
import { lockUser } from "@/lib/test/security-factories";
import { listLockedMembers, unlockUser } from "./unlock";

async function workspaceWithLockedMember() {
  const workspace = await createWorkspace();
  const { user: locked } = await createUser({ workspaceId: workspace.id });
  await lockUser(locked.id);
  return { workspaceId: workspace.id, locked };
}

describe("unlockUser", () => {
  it("lets an admin unlock a member of their workspace, with an audit entry", async () => {
    const { workspaceId, locked } = await workspaceWithLockedMember();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
    await unlockUser(admin, { userId: locked.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: locked.id } })).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: locked.id, action: "user.unlocked" } });
    expect(entry).toMatchObject({ actorId: admin.userId, workspaceId, targetType: "user" });
  });

  it("lets an admin unlock a member who also belongs to another workspace: the lock is theirs to lose", async () => {
    const { workspaceId, locked } = await workspaceWithLockedMember();
    await addMembership(locked.id, { role: "ADMIN" });
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
    await unlockUser(admin, { userId: locked.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: locked.id } })).lockedUntil).toBeNull();
  });

  it.each(["AGENT", "MANAGER", "CLIENT"] as const)("is not found for a %s of the same workspace", async (role) => {
    const { workspaceId, locked } = await workspaceWithLockedMember();
    const { actor } = await createUser({ role, workspaceId });
    await expect(unlockUser(actor, { userId: locked.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.user.findUniqueOrThrow({ where: { id: locked.id } })).lockedUntil).not.toBeNull();
  });

  it("is not found for a user of another workspace, and leaves them locked", async () => {
    const { locked } = await workspaceWithLockedMember();
    const { actor: otherAdmin } = await createUser({ role: "ADMIN" });
    await expect(unlockUser(otherAdmin, { userId: locked.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.user.findUniqueOrThrow({ where: { id: locked.id } })).lockedUntil).not.toBeNull();
    expect(await db.auditLog.count({ where: { targetId: locked.id, action: "user.unlocked" } })).toBe(0);
  });
});

describe("listLockedMembers", () => {
  it("lists the workspace's currently locked members for admins only", async () => {
    const { workspaceId, locked } = await workspaceWithLockedMember();
    const { user: expired } = await createUser({ workspaceId });
    await lockUser(expired.id, -1);
    await workspaceWithLockedMember();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId });
    expect((await listLockedMembers(admin)).map((user) => user.id)).toEqual([locked.id]);
    expect(await listLockedMembers(agent)).toEqual([]);
  });
});
