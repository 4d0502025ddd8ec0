import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { verifyCredentials } from "./credentials";

const context = { ip: "203.0.113.7", userAgent: "vitest" };

describe("verifyCredentials", () => {
  it("returns the user, their workspace and session version for the right password", async () => {
    const { user, actor } = await createUser({ role: "AGENT" });
    const result = await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, context);
    expect(result).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      workspaceId: actor.workspaceId,
      sessionVersion: 0,
    });
  });

  it("matches the email case-insensitively", async () => {
    const { user } = await createUser();
    const result = await verifyCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, context);
    expect(result?.id).toBe(user.id);
  });

  it("records a successful sign-in in the audit log with the address and user agent", async () => {
    const { user } = await createUser();
    await verifyCredentials({ email: user.email, password: TEST_PASSWORD }, context);
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "user.signed_in" } });
    expect(entry).toMatchObject({ targetType: "user", targetId: user.id, ip: context.ip, userAgent: "vitest" });
  });

  it("refuses a wrong password, an unknown email and a disabled account alike", async () => {
    const { user } = await createUser();
    const { user: disabled } = await createUser({ disabled: true });
    const attempts = [
      { email: user.email, password: "not the password" },
      { email: "nobody-here@example.com", password: TEST_PASSWORD },
      { email: disabled.email, password: TEST_PASSWORD },
    ];
    for (const attempt of attempts) {
      expect(await verifyCredentials(attempt, context)).toBeNull();
    }
    expect(await db.auditLog.count({ where: { actorId: { in: [user.id, disabled.id] } } })).toBe(0);
  });
});
