import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { callApi, personalToken, serviceToken } from "./test-client";

async function desk() {
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId });
  const { actor: client } = await createUser({ workspaceId });
  const token = await serviceToken(admin, ["incidents:read", "incidents:write"], "Nagios");
  const ticket = await createTicket({ workspaceId, requesterId: client.userId });
  const declared = await callApi("POST", "/incidents", { token, body: { title: "Mail server is down", severity: "SEV2", ticketNumbers: [ticket.number] } });
  const { number } = declared.body as { number: number };
  return { workspaceId, admin, agent, client, token, ticket, number };
}

type Task = { id: string; version: number };

describe("API incident tasks", () => {
  it("adds a task for a colleague, lists it overdue once past due, and marks it done under If-Match", async () => {
    const { token, agent, number, workspaceId } = await desk();
    const dueAt = new Date(Date.now() - 60_000).toISOString();
    const added = await callApi("POST", `/incidents/${number}/tasks`, { token, body: { title: "Fail over to mx-02", ownerId: agent.userId, dueAt } });
    expect(added).toMatchObject({ status: 201, body: { title: "Fail over to mx-02", owner: { id: agent.userId }, dueAt, isOverdue: true, completedAt: null, version: 1 } });
    expect(added.headers.get("etag")).toBe('"1"');
    const { id } = added.body as Task;
    expect((await callApi("GET", `/incidents/${number}/tasks`, { token })).body).toMatchObject({ data: [{ id, isOverdue: true }] });

    const patch = (headers: Record<string, string>, body: unknown) => callApi("PATCH", `/incidents/${number}/tasks/${id}`, { token, body, headers });
    expect(await patch({}, { done: true })).toMatchObject({ status: 428, body: { message: expect.stringContaining("task") } });
    const renamed = await patch({ "if-match": '"1"' }, { title: "Fail over to mx-02 and mx-03", done: true });
    expect(renamed).toMatchObject({ status: 200, body: { title: "Fail over to mx-02 and mx-03", owner: { id: agent.userId }, dueAt, completedAt: expect.any(String), isOverdue: false, version: 3 } });
    expect(renamed.headers.get("etag")).toBe('"3"');
    expect(await patch({ "if-match": '"1"' }, { ownerId: null })).toMatchObject({ status: 409, body: { code: "CONFLICT" } });
    expect(await patch({ "if-match": '"3"' }, { ownerId: null, dueAt: null })).toMatchObject({ status: 200, body: { owner: null, dueAt: null, completedAt: expect.any(String), version: 4 } });
    expect(await patch({ "if-match": '"4"' }, {})).toMatchObject({ status: 422 });
    expect(await db.incidentEvent.count({ where: { workspaceId, kind: { in: ["TASK_ADDED", "TASK_COMPLETED"] } } })).toBe(2);
  });

  it("refuses an owner who is not staff here, and a task of another incident is not found", async () => {
    const { token, client, number } = await desk();
    expect(await callApi("POST", `/incidents/${number}/tasks`, { token, body: { title: "Call the ISP", ownerId: client.userId } }))
      .toMatchObject({ status: 422, body: { details: { fieldErrors: { ownerId: [expect.any(String)] } } } });
    const other = (await callApi("POST", "/incidents", { token, body: { title: "Printer fire", severity: "SEV4" } })).body as { number: number };
    const { id } = (await callApi("POST", `/incidents/${other.number}/tasks`, { token, body: { title: "Buy an extinguisher" } })).body as Task;
    expect(await callApi("PATCH", `/incidents/${number}/tasks/${id}`, { token, body: { done: true }, headers: { "if-match": '"1"' } })).toMatchObject({ status: 404 });
    expect(await callApi("PATCH", `/incidents/${number}/tasks/not-a-uuid`, { token, body: { done: true }, headers: { "if-match": '"1"' } })).toMatchObject({ status: 404 });
  });
});

describe("API incident status updates", () => {
  it("posts a public update on the incident's version: it moves the incident and replies on its tickets", async () => {
    const { token, number, ticket } = await desk();
    const post = (headers: Record<string, string>, body: unknown) => callApi("POST", `/incidents/${number}/status-updates`, { token, body, headers });
    const update = { body: "We found the cause and are failing over.", status: "IDENTIFIED", visibility: "PUBLIC" };
    expect(await post({}, update)).toMatchObject({ status: 428 });
    const posted = await post({ "if-match": '"1"' }, update);
    expect(posted).toMatchObject({ status: 201, body: { ...update, author: { name: "Nagios" }, incidentVersion: 2, ticketsReplied: 1, requestersEmailed: 1, ticketsResolved: 0 } });
    expect(posted.headers.get("etag")).toBe('"2"');
    expect((await callApi("GET", `/incidents/${number}`, { token })).body).toMatchObject({ status: "IDENTIFIED", version: 2 });
    expect(await db.comment.count({ where: { ticketId: ticket.id, body: update.body } })).toBe(1);
    expect(await post({ "if-match": '"1"' }, update)).toMatchObject({ status: 409 });

    const refused = await post({ "if-match": '"2"' }, { body: "Fixed.", status: "MONITORING", visibility: "INTERNAL", resolveLinkedTickets: true });
    expect(refused).toMatchObject({ status: 422, body: { details: { fieldErrors: { resolveLinkedTickets: [expect.any(String)] } } } });
    const resolved = await post({ "if-match": '"2"' }, { body: "Mail flows again.", status: "RESOLVED", visibility: "PUBLIC", resolveLinkedTickets: true });
    expect(resolved).toMatchObject({ status: 201, body: { status: "RESOLVED", ticketsResolved: 1 } });
    const list = await callApi("GET", `/incidents/${number}/status-updates`, { token });
    expect((list.body as { data: { body: string }[] }).data.map((entry) => entry.body)).toEqual(["Mail flows again.", update.body]);
  });

  it("keeps tasks and updates from clients and other workspaces, and from keys without the scope", async () => {
    const { admin, client, number, token } = await desk();
    const stranger = await desk();
    const clientToken = await personalToken(client, ["tickets:read", "tickets:write"]);
    const readOnly = await serviceToken(admin, ["incidents:read"]);
    for (const path of [`/incidents/${number}/tasks`, `/incidents/${number}/status-updates`]) {
      expect((await callApi("GET", path, { token: clientToken })).status, path).toBe(404);
      expect((await callApi("GET", path, { token: readOnly })).status, path).toBe(200);
      expect((await callApi("POST", path, { token: readOnly, body: { title: "x", body: "x" }, headers: { "if-match": '"1"' } })).status, path).toBe(403);
    }
    // The stranger's workspace has an incident 1 of its own, but no incident 2.
    const { number: second } = (await callApi("POST", "/incidents", { token, body: { title: "Second outage", severity: "SEV3" } })).body as { number: number };
    expect((await callApi("POST", `/incidents/${second}/tasks`, { token: stranger.token, body: { title: "Snoop" } })).status).toBe(404);
    expect((await callApi("GET", `/incidents/${second}/status-updates`, { token: stranger.token })).status).toBe(404);
    expect(await db.incidentTask.count({ where: { workspaceId: admin.workspaceId } })).toBe(0);
  });
});
