import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createWorkspace } from "@/lib/test/factories";
import { enqueueEmail } from "./outbox";

class RolledBack extends Error {}

describe("enqueueEmail", () => {
  it("writes nothing when the surrounding transaction rolls back", async () => {
    const to = `rollback-${crypto.randomUUID()}@example.com`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, { workspaceId: null, to, template: "two-factor-reset", data: { name: "Ann" } });
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
    expect(await db.emailMessage.count({ where: { to } })).toBe(0);
  });

  it("commits a PENDING, due message rendered from the template, with user strings escaped in the HTML", async () => {
    const workspace = await createWorkspace();
    const { id } = await db.$transaction((tx) =>
      enqueueEmail(tx, {
        workspaceId: workspace.id,
        to: "ann@example.com",
        template: "password-reset",
        data: { name: "Ann <b>O'Neil</b>", resetPath: "/reset-password?token=abc", expiresInMinutes: 30 },
      }),
    );
    const message = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(message).toMatchObject({
      workspaceId: workspace.id,
      to: "ann@example.com",
      template: "password-reset",
      status: "PENDING",
      attempts: 0,
      subject: "Reset your Triage password",
    });
    expect(message.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(message.text).toContain("Hello Ann <b>O'Neil</b>,");
    expect(message.text).toMatch(/Choose a new password: http:\/\/localhost:\d+\/reset-password\?token=abc/);
    expect(message.html).toContain("Hello Ann &lt;b&gt;O&#39;Neil&lt;/b&gt;,");
    expect(message.html).not.toContain("<b>O'Neil</b>");
  });
});
