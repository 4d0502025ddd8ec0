import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { NotFoundError } from "@/lib/errors";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { updateSecuritySettings } from "./mutations";
import { getSecuritySettings } from "./queries";

// The defaults of the API limits, which these tests leave as they are unless they say otherwise.
const API_LIMITS = { apiRequestsPerMinute: 600, apiDailyWriteQuota: 10_000 };

describe("workspace security settings", () => {
  it("saves a change with an audit entry naming it from → to", async () => {
    const workspace = await createWorkspace();
    const { actor } = await createUser({ role: "ADMIN", workspaceId: workspace.id });

    const result = await updateSecuritySettings(actor, { registrationMode: "INVITE_ONLY", requireStaffTwoFactor: false, ...API_LIMITS });

    expect(result).toEqual({ changed: true });
    expect(await getSecuritySettings(actor)).toEqual({ registrationMode: "INVITE_ONLY", requireStaffTwoFactor: false, ...API_LIMITS });
    const entry = await db.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "workspace.settings_changed" } });
    expect(entry).toMatchObject({ actorId: actor.userId, targetId: workspace.id });
    expect(entry.metadata).toEqual({ registrationMode: { from: "OPEN", to: "INVITE_ONLY" } });
  });

  it("sets the API limits, audited like the rest", async () => {
    const workspace = await createWorkspace();
    const { actor } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    await updateSecuritySettings(actor, { registrationMode: "OPEN", requireStaffTwoFactor: false, apiRequestsPerMinute: 60, apiDailyWriteQuota: 500 });
    expect(await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).toMatchObject({ apiRequestsPerMinute: 60, apiDailyWriteQuota: 500 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "workspace.settings_changed" } });
    expect(entry.metadata).toEqual({ apiRequestsPerMinute: { from: 600, to: 60 }, apiDailyWriteQuota: { from: 10_000, to: 500 } });
  });

  it("writes nothing when nothing changed", async () => {
    const workspace = await createWorkspace();
    const { actor } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    expect(await updateSecuritySettings(actor, { registrationMode: "OPEN", requireStaffTwoFactor: false, ...API_LIMITS })).toEqual({
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
        updateSecuritySettings(actor, { registrationMode: "INVITE_ONLY", requireStaffTwoFactor: true, ...API_LIMITS }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: other.id });
    await updateSecuritySettings(admin, { registrationMode: "OPEN", requireStaffTwoFactor: true, ...API_LIMITS });
    const untouched = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } });
    expect(untouched.requireStaffTwoFactor).toBe(false);
  });
});
