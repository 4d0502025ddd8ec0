import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { createInstanceOperator, resetInstanceSettings, setInstanceSettings } from "@/lib/test/instance-factories";
import { loadWorkspaceShell } from "./shell";

beforeEach(resetInstanceSettings);

describe("loadWorkspaceShell", () => {
  it("lists the person's live workspaces with their role in each, oldest membership first", async () => {
    const { user, actor } = await createUser({ role: "CLIENT" });
    const [second, deleting, stranger] = [await createWorkspace({ name: "Second" }), await createWorkspace(), await createWorkspace()];
    await db.membership.create({ data: { userId: user.id, workspaceId: second.id, role: "AGENT" } });
    await db.membership.create({ data: { userId: user.id, workspaceId: deleting.id, role: "ADMIN" } });
    await db.workspace.update({ where: { id: deleting.id }, data: { deletionRequestedAt: new Date() } });
    await createUser({ role: "ADMIN", workspaceId: stranger.id });

    const { workspaces } = await loadWorkspaceShell(actor);

    expect(workspaces).toEqual([
      { slug: actor.workspaceSlug, name: expect.any(String), role: "CLIENT" },
      { slug: second.slug, name: "Second", role: "AGENT" },
    ]);
  });

  it("offers an operator both instance pages, under their current workspace", async () => {
    const { actor } = await createInstanceOperator();
    expect((await loadWorkspaceShell(actor)).instanceEntries).toEqual([
      { kind: "create-workspace", label: "Create workspace", href: `/w/${actor.workspaceSlug}/workspaces/new` },
      { kind: "instance-settings", label: "Instance settings", href: `/w/${actor.workspaceSlug}/instance` },
    ]);
  });

  it("offers others creation only while the setting allows any verified user", async () => {
    const { actor } = await createUser({ role: "CLIENT" });
    const labels = async () => (await loadWorkspaceShell(actor)).instanceEntries.map((entry) => entry.label);
    expect(await labels()).toEqual([]);
    await setInstanceSettings({ workspaceCreation: "VERIFIED_USERS" });
    expect(await labels()).toEqual(["Create workspace"]);
    await db.user.update({ where: { id: actor.userId }, data: { emailVerifiedAt: null } });
    expect(await labels()).toEqual([]);
  });
});
