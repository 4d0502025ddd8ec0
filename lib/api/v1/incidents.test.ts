import { describe, expect, it } from "vitest";
import { changeMemberRole } from "@/lib/members/change-role";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { callApi, personalToken, serviceToken } from "./test-client";

async function desk() {
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId });
  const { actor: client } = await createUser({ workspaceId });
  const monitoring = await serviceToken(admin, ["incidents:read", "incidents:write", "tickets:read"], "Nagios");
  const tickets = await Promise.all([1, 2].map(() => createTicket({ workspaceId, requesterId: client.userId })));
  return { workspaceId, admin, agent, client, monitoring, tickets };
}

const outage = { title: "Mail server is down", summary: "SMTP check failing on mx-01.", severity: "SEV2" };

type Incident = { number: number; version: number };
const declare = async (token: string, body: unknown = outage) => (await callApi("POST", "/incidents", { token, body })).body as Incident;

describe("API incidents", () => {
  it("declares an incident from monitoring with linked tickets, commanded by the key's account unless named", async () => {
    const { monitoring, agent, tickets } = await desk();
    const declared = await callApi("POST", "/incidents", { token: monitoring, body: { ...outage, ticketNumbers: tickets.map((t) => t.number) } });
    expect(declared).toMatchObject({
      status: 201,
      body: { number: 1, title: outage.title, severity: "SEV2", status: "INVESTIGATING", commander: { name: "Nagios" }, version: 1 },
    });
    expect((declared.body as { tickets: { number: number }[] }).tickets.map((t) => t.number)).toEqual(tickets.map((t) => t.number));
    expect(declared.headers.get("location")).toBe("/api/v1/incidents/1");
    expect(declared.headers.get("etag")).toBe('"1"');

    const commanded = await callApi("POST", "/incidents", { token: monitoring, body: { ...outage, commanderId: agent.userId } });
    expect(commanded.body).toMatchObject({ number: 2, commander: { id: agent.userId } });
    expect(await callApi("GET", "/incidents/1", { token: monitoring })).toMatchObject({ status: 200, body: { number: 1, summary: outage.summary } });
  });

  it("declares once per Idempotency-Key, also for parallel retries, and refuses the key with another body", async () => {
    const { monitoring, workspaceId } = await desk();
    const headers = { "idempotency-key": "alert-mx01-smtp" };
    const calls = await Promise.all([1, 2, 3].map(() => callApi("POST", "/incidents", { token: monitoring, body: outage, headers })));
    expect(calls.map((call) => [call.status, (call.body as Incident).number])).toEqual([[201, 1], [201, 1], [201, 1]]);
    expect(calls.filter((call) => call.headers.get("idempotent-replayed") === "true")).toHaveLength(2);
    const reordered = { severity: outage.severity, summary: outage.summary, title: outage.title };
    expect(await callApi("POST", "/incidents", { token: monitoring, body: reordered, headers })).toMatchObject({ status: 201, body: { number: 1 } });
    expect(await callApi("POST", "/incidents", { token: monitoring, body: { ...outage, severity: "SEV1" }, headers }))
      .toMatchObject({ status: 422, body: { code: "IDEMPOTENCY_KEY_REUSED" } });
    expect(await callApi("POST", "/incidents", { token: monitoring, body: outage, headers: { "idempotency-key": "alert-mx01-smtp-2" } }))
      .toMatchObject({ status: 201, body: { number: 2 } });
    expect(await db.incident.count({ where: { workspaceId } })).toBe(2);
  });

  it("declares nothing when a ticket to link is unknown, and explains bad input", async () => {
    const { monitoring, workspaceId } = await desk();
    expect(await callApi("POST", "/incidents", { token: monitoring, body: { ...outage, ticketNumbers: [999] } })).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    const invalid = await callApi("POST", "/incidents", { token: monitoring, body: { title: "x", severity: "SEV9", commanderId: "nobody" } });
    expect(invalid).toMatchObject({ status: 422, body: { code: "VALIDATION_FAILED" } });
    expect(Object.keys((invalid.body as { details: { fieldErrors: object } }).details.fieldErrors).sort()).toEqual(["commanderId", "severity", "title"]);
    expect(await db.incident.count({ where: { workspaceId } })).toBe(0);
  });

  it("lists incidents newest first by status, a page at a time", async () => {
    const { monitoring } = await desk();
    for (const title of ["First outage", "Second outage", "Third outage"]) await declare(monitoring, { ...outage, title });
    const resolved = await callApi("PATCH", "/incidents/2", { token: monitoring, body: { status: "RESOLVED" }, headers: { "if-match": '"1"' } });
    expect(resolved).toMatchObject({ status: 200, body: { status: "RESOLVED", resolvedAt: expect.any(String), version: 2 } });

    const first = await callApi("GET", "/incidents?limit=2", { token: monitoring });
    expect(first.body).toMatchObject({ data: [{ number: 3 }, { number: 2, linkedTickets: 0 }], nextCursor: expect.any(String) });
    const cursor = encodeURIComponent((first.body as { nextCursor: string }).nextCursor);
    expect((await callApi("GET", `/incidents?limit=2&cursor=${cursor}`, { token: monitoring })).body).toMatchObject({ data: [{ number: 1 }], nextCursor: null });
    const open = await callApi("GET", "/incidents?status=INVESTIGATING", { token: monitoring });
    expect((open.body as { data: { number: number }[] }).data.map((i) => i.number)).toEqual([3, 1]);
    expect((await callApi("GET", "/incidents?severity=SEV1", { token: monitoring })).body).toMatchObject({ data: [], nextCursor: null });
    expect(((await callApi("GET", "/incidents?declaredFrom=2000-01-01&declaredTo=2000-01-02", { token: monitoring })).body as { data: unknown[] }).data).toEqual([]);

    expect(await callApi("GET", "/incidents?status=NOPE&colour=red", { token: monitoring })).toMatchObject({ status: 422, body: { code: "VALIDATION_FAILED" } });
    expect(await callApi("GET", "/incidents?cursor=forged", { token: monitoring })).toMatchObject({ status: 422 });
  });

  it("changes several fields at once under If-Match, and refuses a stale or missing version, writing nothing", async () => {
    const { monitoring, agent } = await desk();
    const { number } = await declare(monitoring);
    const patch = (headers: Record<string, string>, body: unknown) => callApi("PATCH", `/incidents/${number}`, { token: monitoring, body, headers });
    const change = { status: "IDENTIFIED", severity: "SEV1", commanderId: agent.userId, communicationsLeadId: agent.userId, title: "Mail down for everyone" };

    expect(await patch({}, change)).toMatchObject({ status: 428, body: { code: "PRECONDITION_REQUIRED", message: expect.stringContaining("incident") } });
    expect(await patch({ "if-match": "soon" }, change)).toMatchObject({ status: 400, body: { code: "BAD_REQUEST" } });
    const changed = await patch({ "if-match": '"1"' }, change);
    expect(changed).toMatchObject({
      status: 200,
      body: { status: "IDENTIFIED", severity: "SEV1", commander: { id: agent.userId }, communicationsLead: { id: agent.userId }, title: change.title, version: 6 },
    });
    expect(changed.headers.get("etag")).toBe('"6"');
    expect(await patch({ "if-match": '"1"' }, { severity: "SEV3" })).toMatchObject({ status: 409, body: { code: "CONFLICT" } });
    const refused = await patch({ "if-match": '"6"' }, { severity: "SEV3", status: "CLOSED" });
    expect(refused).toMatchObject({ status: 422, body: { code: "VALIDATION_FAILED", details: { fieldErrors: { status: [expect.any(String)] } } } });
    expect(await patch({ "if-match": '"6"' }, {})).toMatchObject({ status: 422 });
    expect(await patch({ "if-match": '"6"' }, { communicationsLeadId: null, summary: "" })).toMatchObject({ status: 200, body: { communicationsLead: null, summary: "", version: 8 } });
    expect((await callApi("GET", `/incidents/${number}`, { token: monitoring })).body).toMatchObject({ severity: "SEV1", version: 8 });
  });

  it("adds notes at the time they happened, never in the future, and reads the timeline in order", async () => {
    const { monitoring } = await desk();
    const { number } = await declare(monitoring);
    const earlier = new Date(Date.now() - 60 * 60_000).toISOString();
    const note = await callApi("POST", `/incidents/${number}/timeline-events`, { token: monitoring, body: { body: "14:02 deploy of v2.3 started", occurredAt: earlier } });
    expect(note).toMatchObject({ status: 201, body: { kind: "NOTE", body: "14:02 deploy of v2.3 started", occurredAt: earlier, actor: { name: "Nagios" } } });
    const future = new Date(Date.now() + 60 * 60_000).toISOString();
    expect(await callApi("POST", `/incidents/${number}/timeline-events`, { token: monitoring, body: { body: "Later", occurredAt: future } }))
      .toMatchObject({ status: 422, body: { details: { fieldErrors: { occurredAt: [expect.any(String)] } } } });
    expect(await callApi("POST", `/incidents/${number}/timeline-events`, { token: monitoring, body: { body: "   " } })).toMatchObject({ status: 422 });
    const timeline = await callApi("GET", `/incidents/${number}/timeline-events`, { token: monitoring });
    expect(timeline).toMatchObject({ status: 200, body: { data: [{ kind: "NOTE" }, { kind: "DECLARED", metadata: { severity: "SEV2" } }], truncated: false } });
  });

  it("links and unlinks a ticket, idempotently, each once on the timeline", async () => {
    const { monitoring, tickets } = await desk();
    const { number } = await declare(monitoring);
    const path = `/incidents/${number}/tickets/${tickets[0]!.number}`;
    expect(await callApi("POST", path, { token: monitoring })).toMatchObject({ status: 200, body: { incidentNumber: number, ticketNumber: tickets[0]!.number, linked: true, changed: true } });
    expect(await callApi("POST", path, { token: monitoring })).toMatchObject({ status: 200, body: { changed: false } });
    expect((await callApi("GET", `/incidents/${number}`, { token: monitoring })).body).toMatchObject({ tickets: [{ number: tickets[0]!.number }] });
    expect(await callApi("DELETE", path, { token: monitoring })).toMatchObject({ status: 200, body: { linked: false, changed: true } });
    expect(await callApi("DELETE", path, { token: monitoring })).toMatchObject({ status: 200, body: { changed: false } });
    expect(await callApi("POST", `/incidents/${number}/tickets/999`, { token: monitoring })).toMatchObject({ status: 404 });
    expect(await callApi("POST", `/incidents/${number}/tickets/abc`, { token: monitoring })).toMatchObject({ status: 404 });
    const kinds = ((await callApi("GET", `/incidents/${number}/timeline-events`, { token: monitoring })).body as { data: { kind: string }[] }).data.map((e) => e.kind);
    expect(kinds).toEqual(["DECLARED", "TICKET_LINKED", "TICKET_UNLINKED"]);
  });
});

describe("API incidents: who may see and run them", () => {
  it("answers 403 to a staff key without the scope, and a read-only key cannot write", async () => {
    const { admin, monitoring } = await desk();
    await declare(monitoring);
    const ticketsOnly = await serviceToken(admin, ["tickets:read", "tickets:write"]);
    expect(await callApi("GET", "/incidents", { token: ticketsOnly })).toMatchObject({ status: 403, body: { code: "FORBIDDEN", details: { requiredScope: "incidents:read" } } });
    const readOnly = await serviceToken(admin, ["incidents:read"]);
    expect((await callApi("GET", "/incidents/1", { token: readOnly })).status).toBe(200);
    for (const [method, path, body] of [["POST", "/incidents", outage], ["PATCH", "/incidents/1", { severity: "SEV1" }], ["POST", "/incidents/1/timeline-events", { body: "Hi" }]] as const) {
      expect(await callApi(method, path, { token: readOnly, body, headers: { "if-match": '"1"' } }), `${method} ${path}`).toMatchObject({ status: 403, body: { details: { requiredScope: "incidents:write" } } });
    }
    expect((await callApi("DELETE", "/incidents/1/tickets/1", { token: readOnly })).status).toBe(403);
  });

  it("answers a client's key as if there were no incidents, even one made when its owner was staff", async () => {
    const { admin, agent, client, monitoring, workspaceId } = await desk();
    const { number } = await declare(monitoring);
    const clientToken = await personalToken(client, ["tickets:read", "tickets:write"]);
    for (const [method, path] of [["GET", "/incidents"], ["GET", `/incidents/${number}`], ["POST", `/incidents/${number}/timeline-events`]] as const) {
      expect(await callApi(method, path, { token: clientToken, body: method === "POST" ? { body: "Hi" } : undefined }), `${method} ${path}`).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    }
    const agentToken = await personalToken(agent, ["incidents:read", "incidents:write"]);
    expect((await callApi("GET", `/incidents/${number}`, { token: agentToken })).status).toBe(200);
    await changeMemberRole(admin, { userId: agent.userId, role: "CLIENT" });
    // Lowering a role revokes its personal tokens; a key of the same owner made since has no incident scope to carry.
    expect((await callApi("GET", `/incidents/${number}`, { token: agentToken })).status).toBe(401);
    expect((await callApi("GET", `/incidents/${number}`, { token: await personalToken(agent, ["tickets:read"]) })).status).toBe(404);
    expect(await db.incidentEvent.count({ where: { workspaceId, kind: "NOTE" } })).toBe(0);
  });

  it("keeps other workspaces' incidents and tickets out of sight", async () => {
    const mine = await desk();
    const theirs = await desk();
    await declare(theirs.monitoring);
    const { number: own } = await declare(mine.monitoring);
    await declare(theirs.monitoring);
    expect(own).toBe(1);
    expect(await callApi("GET", "/incidents/2", { token: mine.monitoring })).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    expect(await callApi("PATCH", "/incidents/2", { token: mine.monitoring, body: { severity: "SEV1" }, headers: { "if-match": '"1"' } })).toMatchObject({ status: 404 });
    expect((await callApi("GET", "/incidents/2/timeline-events", { token: mine.monitoring })).status).toBe(404);
    expect((await callApi("DELETE", "/incidents/2/tickets/1", { token: mine.monitoring })).status).toBe(404);
    const foreignTicket = await createTicket({ workspaceId: theirs.workspaceId, requesterId: theirs.client.userId });
    expect(await callApi("POST", `/incidents/${own}/tickets/${foreignTicket.number}`, { token: mine.monitoring })).toMatchObject({ status: 404 });
    expect(await callApi("POST", "/incidents", { token: mine.monitoring, body: { ...outage, commanderId: theirs.agent.userId } })).toMatchObject({ status: 422 });
    expect(((await callApi("GET", "/incidents", { token: mine.monitoring })).body as { data: unknown[] }).data).toHaveLength(1);
    expect(await db.incidentTicket.count({ where: { ticketId: foreignTicket.id } })).toBe(0);
  });
});
