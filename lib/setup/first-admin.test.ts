import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/test/db";
import { ensureFirstAdmin } from "./first-admin";

// One database per test file: these tests share it and run in order on an empty database.
describe("ensureFirstAdmin", () => {
  it("refuses an ADMIN_PASSWORD that the password policy refuses", async () => {
    await expect(ensureFirstAdmin(db, { password: "too-short" })).rejects.toThrow(/at least 15/);
    await expect(ensureFirstAdmin(db, { password: "qwertyqwertyqwerty" })).rejects.toThrow(/too common/);
    expect(await db.workspace.count()).toBe(0);
  });

  it("creates the workspace and an admin, the instance operator, with a generated password stored only as a hash", async () => {
    const result = await ensureFirstAdmin(db, { email: "Owner@Example.com" });
    if (!result.created || !result.generatedPassword) throw new Error("expected a generated password");

    expect(result.email).toBe("owner@example.com");
    expect(result.generatedPassword).toHaveLength(24);
    const admin = await db.user.findUniqueOrThrow({ where: { email: "owner@example.com" }, include: { memberships: true } });
    expect(admin.passwordHash).not.toContain(result.generatedPassword);
    expect(await verifyPassword(admin.passwordHash, result.generatedPassword)).toBe(true);
    expect(admin.memberships).toEqual([expect.objectContaining({ role: "ADMIN" })]);
    expect(admin.emailVerifiedAt).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "workspace.bootstrapped" } });
    expect(admin.isInstanceOperator).toBe(true);
    expect(await db.instanceSettings.findUnique({ where: { id: true } })).toMatchObject({
      workspaceCreation: "INSTANCE_OPERATORS",
      registrationWorkspaceId: admin.memberships[0]!.workspaceId,
    });
    expect(JSON.stringify(audit.metadata)).not.toContain(result.generatedPassword);
  });

  it("does nothing once a workspace exists, even when several instances start together", async () => {
    const results = await Promise.all([
      ensureFirstAdmin(db, { email: "second@example.com", password: "a password long enough" }),
      ensureFirstAdmin(db, { email: "third@example.com", password: "a password long enough" }),
    ]);
    expect(results).toEqual([{ created: false }, { created: false }]);
    expect(await db.workspace.count()).toBe(1);
    expect(await db.user.count()).toBe(1);
  });
});
