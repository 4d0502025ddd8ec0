import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { callApi, serviceToken } from "./test-client";

describe("API answers when the database cannot serve", () => {
  it("answers a write that waits too long for the ticket counter with 503, Retry-After and the error shape, and files nothing", async () => {
    const workspace = await createWorkspace();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const token = await serviceToken(admin, ["tickets:read", "tickets:write"]);
    // Another session holds the workspace's row (the ticket counter) past the lock timeout.
    const holder = new pg.Client({ connectionString: process.env.TEST_SUPERUSER_URL });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE", [workspace.id]);
    try {
      const result = await callApi("POST", "/tickets", {
        token,
        body: { title: "Printer on fire", description: "Third floor.", kind: "INCIDENT", priority: "HIGH" },
      });
      expect(result.status).toBe(503);
      expect(result.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(result.body).toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/try again/i), traceId: expect.any(String) });
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    expect(await db.ticket.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect((await callApi("GET", "/tickets", { token })).status).toBe(200);
  });
});
