import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { hostileQuery } from "@/lib/test/hostile-values";
import { errorSchema } from "./schemas";
import { callApi, serviceToken } from "./test-client";

async function desk() {
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  await db.workspace.update({ where: { id: workspaceId }, data: { apiRequestsPerMinute: 1_000_000 } });
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
  const { actor: client } = await createUser({ workspaceId });
  for (const title of ["First ticket", "Second ticket"]) await createTicket({ workspaceId, requesterId: client.userId, title });
  await recordAudit(db, { workspaceId, actorId: admin.userId, action: "workspace.updated", targetType: "workspace", targetId: workspaceId, metadata: {} });
  const token = await serviceToken(admin, ["tickets:read", "users:read", "audit:read", "incidents:read"]);
  return { token };
}

const fieldErrorsOf = (body: unknown) => (body as { details: { fieldErrors: Record<string, string[]> } }).details.fieldErrors;

async function expectRefused(token: string, path: string, field: string) {
  const result = await callApi("GET", path, { token });
  expect(result.status, `${path}: ${JSON.stringify(result.body)}`).toBe(422);
  expect(result.body).toMatchObject({ code: "VALIDATION_FAILED" });
  expect(Object.keys(fieldErrorsOf(result.body)), path).toContain(field);
}

const qs = (record: Record<string, unknown>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const item of [value].flat()) params.append(key, String(item));
  return params.toString();
};

describe("API list filters", () => {
  it("answers 422 naming the field for an invalid filter value, never an unfiltered list", async () => {
    const { token } = await desk();
    await expectRefused(token, "/tickets?status=NOPE", "status");
    await expectRefused(token, "/tickets?status=OPEN&status=NOPE", "status");
    await expectRefused(token, "/tickets?assigneeId=not-a-uuid", "assigneeId");
    await expectRefused(token, "/tickets?cursor=garbage", "cursor");
    await expectRefused(token, "/tickets?view=everything", "view");
    await expectRefused(token, "/tickets?limit=0", "limit");
    await expectRefused(token, "/audit-logs?targetType=planet", "targetType");
    await expectRefused(token, "/audit-logs?after=garbage", "after");
    await expectRefused(token, "/incidents?severity=SEV9", "severity");
    await expectRefused(token, "/incidents?declaredFrom=2026-02-30", "declaredFrom");
    await expectRefused(token, "/incidents?limit=101", "limit");
  });

  it("refuses dates outside 1970-01-01..9999-12-30, which PostgreSQL or the day after cannot take", async () => {
    const { token } = await desk();
    await expectRefused(token, "/tickets?createdFrom=0000-01-01", "createdFrom");
    await expectRefused(token, "/tickets?resolvedTo=9999-12-31", "resolvedTo");
    await expectRefused(token, "/tickets?updatedFrom=2026-02-30", "updatedFrom");
    await expectRefused(token, "/audit-logs?from=0000-01-01", "from");
    await expectRefused(token, "/audit-logs?to=9999-12-31", "to");
    expect((await callApi("GET", "/tickets?createdFrom=1970-01-01&createdTo=9999-12-30", { token })).status).toBe(200);
  });

  it("answers 422 for a parameter it does not know, such as a misspelt filter", async () => {
    const { token } = await desk();
    const result = await callApi("GET", "/tickets?stauts=OPEN", { token });
    expect(result.status).toBe(422);
    expect(JSON.stringify((result.body as { details: unknown }).details)).toContain("stauts");
  });

  it("reads text with NUL bytes or lone surrogates as clean text, and follows its own cursors", async () => {
    const { token } = await desk();
    expect((await callApi("GET", "/tickets?q=%00printer%00", { token })).status).toBe(200);
    expect((await callApi("GET", "/audit-logs?actor=%00&targetId=%ED%A0%80", { token })).status).toBe(200);
    expect((await callApi("GET", "/users?q=%00&after=%00", { token })).status).toBe(200);
    const first = await callApi("GET", "/tickets?limit=1", { token });
    const { nextCursor } = first.body as { nextCursor: string };
    const second = await callApi("GET", `/tickets?limit=1&cursor=${nextCursor}`, { token });
    expect(second.status).toBe(200);
    expect((second.body as { data: { title: string }[] }).data).toHaveLength(1);
  });

  it("answers any query with a list or a 422 in the error shape", async () => {
    const { token } = await desk();
    const paths = {
      "/tickets": ["view", "q", "status", "priority", "kind", "categoryId", "assigneeId", "requester", "createdFrom", "createdTo", "updatedTo", "resolvedFrom", "sort", "direction", "cursor", "limit"],
      "/audit-logs": ["actor", "action", "targetType", "targetId", "from", "to", "after"],
      "/users": ["q", "after"],
      "/incidents": ["status", "severity", "declaredFrom", "declaredTo", "cursor", "limit"],
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.entries(paths)).chain(([path, keys]) => hostileQuery(keys).map((query) => `${path}?${qs(query)}`)), async (path) => {
        const result = await callApi("GET", path, { token });
        expect([200, 422], `${path}: ${JSON.stringify(result.body)?.slice(0, 300)}`).toContain(result.status);
        if (result.status === 422) expect(errorSchema.safeParse(result.body).success).toBe(true);
      }),
      { seed: 20_261_211, numRuns: 150 },
    );
  }, 120_000);
});
