import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { pruneAuditLog } from "./retention";

describe("audit log retention", () => {
  it("deletes only entries older than the cut-off, logs that it did, and leaves the log protected", async () => {
    const { actor } = await createUser();
    const entry = (createdAt: Date) => ({
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.signed_in",
      targetType: "user",
      targetId: actor.userId,
      createdAt,
    });
    await db.auditLog.createMany({
      data: [entry(new Date("2024-01-10T00:00:00Z")), entry(new Date("2024-06-01T00:00:00Z")), entry(new Date())],
    });

    const result = await pruneAuditLog(db, new Date("2024-03-01T00:00:00Z"));

    expect(result).toEqual({ deleted: 1 });
    expect(await db.auditLog.count({ where: { actorId: actor.userId } })).toBe(2);
    const pruned = await db.auditLog.findFirstOrThrow({ where: { action: "audit_log.pruned" } });
    expect(pruned.metadata).toEqual({ before: "2024-03-01T00:00:00.000Z", deleted: 1 });
    await expect(db.auditLog.deleteMany({ where: { actorId: actor.userId } })).rejects.toThrow(/append-only/);
  });
});
