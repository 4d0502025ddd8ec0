import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { recordAudit } from "./record";

describe("audit log", () => {
  it("stores an entry with its actor, target, metadata and request context", async () => {
    const { actor } = await createUser({ role: "ADMIN" });
    await recordAudit(db, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "category.created",
      targetType: "category",
      targetId: "c-1",
      metadata: { name: "Billing" },
      context: { ip: "198.51.100.1", userAgent: "test" },
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: actor.userId } });
    expect(entry).toMatchObject({ action: "category.created", metadata: { name: "Billing" }, ip: "198.51.100.1" });
  });

  it("is append-only: the database refuses to change or delete entries", async () => {
    const { actor } = await createUser();
    await recordAudit(db, { workspaceId: actor.workspaceId, actorId: actor.userId, action: "user.signed_in", targetType: "user", targetId: actor.userId });
    const where = { actorId: actor.userId };
    await expect(db.auditLog.updateMany({ where, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("TRUNCATE audit_logs")).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count({ where })).toBe(1);
  });
});
