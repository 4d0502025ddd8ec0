import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { updateSecuritySettings } from "./mutations";
import { getSecuritySettings } from "./queries";

describe("workspace security settings", () => {
  it("saves a change with an audit entry naming it from → to", async () => {
    const workspace = await createWorkspace();
    const { actor } = await createUser({ role: "ADMIN", workspaceId: workspace.id });

    const result = await updateSecuritySettings(actor, { registrationMode: "INVITE_ONLY", requireStaffTwoFactor: false });

    expect(result).toEqual({ changed: true });
    expect(await getSecuritySettings(actor)).toEqual({ registrationMode: "INVITE_ONLY", requireStaffTwoFactor: false });
    const entry = await db.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "workspace.settings_changed" } });
    expect(entry).toMatchObject({ actorId: actor.userId, targetId: workspace.id });
    expect(entry.metadata).toEqual({ registrationMode: { from: "OPEN", to: "INVITE_ONLY" } });
  });

  it("writes nothing when nothing changed", async () => {
    const workspace = await createWorkspace();
    const { actor } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    expect(await updateSecuritySettings(actor, { registrationMode: "OPEN", requireStaffTwoFactor: false })).toEqual({
      changed: false,
    });
    expect(await db.auditLog.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("is for admins only, and only for their own workspace", async () => {
    const workspace = await createWorkspace();
    const other = await createWorkspace();
    for (const role of ["CLIENT", "AGENT", "MANAGER"] as const) {
      const { actor } = await createUser({ role, workspaceId: workspace.id });
      await expect(getSecuritySettings(actor)).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        updateSecuritySettings(actor, { registrationMode: "INVITE_ONLY", requireStaffTwoFactor: true }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: other.id });
    await updateSecuritySettings(admin, { registrationMode: "OPEN", requireStaffTwoFactor: true });
    const untouched = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } });
    expect(untouched.requireStaffTwoFactor).toBe(false);
  });
});
