import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IncidentSeverity, IncidentStatus, IncidentUpdateVisibility } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { hugeText } from "@/lib/test/hostile-values";
import { hasInvisibleCharacters } from "@/lib/validation/text";
import { NUM_RUNS, eitherOf, expectAnswerable, headerValue, numberPath, payloadFor, plausibleText, send } from "./hostile-requests";
import { incidentSchema, incidentTicketLinkSchema, timelineEventSchema } from "./incident-schemas";
import { postedStatusUpdateSchema, taskSchema } from "./incident-work-schemas";
import { callApi, serviceToken } from "./test-client";

// Random and hostile requests against the incident endpoints: whatever arrives, the answer is a
// status from the contract in the one error shape, and nothing malformed reaches the database.

async function incidentDesk() {
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  await db.workspace.update({ where: { id: workspaceId }, data: { apiRequestsPerMinute: 1_000_000, apiDailyWriteQuota: 1_000_000 } });
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId });
  const { actor: client } = await createUser({ workspaceId });
  const token = await serviceToken(admin, ["incidents:read", "incidents:write"], "Monitoring");
  const ticket = await createTicket({ workspaceId, requesterId: client.userId });
  const declared = await callApi("POST", "/incidents", { token, body: { title: "Mail server is down", severity: "SEV2" } });
  const incidentNumber = (declared.body as { number: number }).number;
  return { workspaceId, agent, client, token, ticketNumber: ticket.number, incidentNumber };
}

/** Every incident and timeline entry of the workspace as only valid input could have made them. */
async function expectNothingMalformedStored(workspaceId: string) {
  const incidents = await db.incident.findMany({ where: { workspaceId }, select: { title: true, summary: true } });
  for (const { title, summary } of incidents) {
    expect(title.includes("\u0000") || hasInvisibleCharacters(title), JSON.stringify(title)).toBe(false);
    expect(title.trim().length).toBeGreaterThanOrEqual(3);
    expect(title.trim().length).toBeLessThanOrEqual(200);
    expect(summary).not.toContain("\u0000");
    expect(summary.length).toBeLessThanOrEqual(20_000);
  }
  const events = await db.incidentEvent.findMany({ where: { workspaceId }, select: { kind: true, body: true, occurredAt: true, createdAt: true } });
  for (const { kind, body, occurredAt, createdAt } of events) {
    expect(occurredAt.getTime()).toBeLessThanOrEqual(createdAt.getTime());
    if (kind === "NOTE") expect(body !== null && body.trim() !== "" && !body.includes("\u0000"), JSON.stringify(body)).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const severity = eitherOf(fc.constantFrom(...Object.values(IncidentSeverity)));
const person = (desk: { agent: { userId: string }; client: { userId: string } }) =>
  eitherOf(fc.constantFrom(desk.agent.userId, desk.client.userId, randomUUID(), "00000000-0000-0000-0000-000000000000"));
const instant = eitherOf(
  fc.oneof(
    fc.date({ min: new Date("1969-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((date) => date.toISOString()),
    fc.constantFrom("2026-12-06T14:02:00+02:00", "yesterday", "2026-02-30T00:00:00Z", "0"),
  ),
);

describe("API incident endpoints under hostile input", () => {
  it("declares only valid incidents, and answers everything else in the error shape", async () => {
    const desk = await incidentDesk();
    const before = await db.incident.count({ where: { workspaceId: desk.workspaceId } });
    const fields = {
      title: eitherOf(plausibleText),
      summary: eitherOf(fc.oneof(plausibleText, hugeText)),
      severity,
      commanderId: person(desk),
      ticketNumbers: eitherOf(fc.oneof(fc.constant([desk.ticketNumber]), fc.array(fc.integer({ min: -5, max: 3 }), { maxLength: 60 }), fc.constant([2 ** 31]))),
    };
    let declared = 0;
    await fc.assert(
      fc.asyncProperty(payloadFor(fields), async (payload) => {
        const result = await send("POST", "/incidents", desk.token, payload);
        expectAnswerable(result, incidentSchema);
        if (result.status === 201) declared++;
      }),
      { seed: 20_261_206, numRuns: NUM_RUNS },
    );
    expect(declared).toBeGreaterThan(0);
    expect(await db.incident.count({ where: { workspaceId: desk.workspaceId } })).toBe(before + declared);
    await expectNothingMalformedStored(desk.workspaceId);
  }, 60_000);

  it("changes an incident only on valid fields and its current version", async () => {
    const desk = await incidentDesk();
    const fields = {
      status: eitherOf(fc.constantFrom(...Object.values(IncidentStatus))),
      severity,
      commanderId: person(desk),
      communicationsLeadId: fc.oneof(person(desk), fc.constant(null)),
      title: eitherOf(plausibleText),
      summary: eitherOf(fc.oneof(plausibleText, hugeText)),
    };
    const ifMatch = fc.oneof({ weight: 3, arbitrary: fc.constant("current") }, fc.constant(undefined), headerValue);
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(payloadFor(fields), ifMatch, numberPath(desk.incidentNumber), async (payload, match, number) => {
        const current = (await callApi("GET", `/incidents/${desk.incidentNumber}`, { token: desk.token })).headers.get("etag") ?? undefined;
        const result = await send("PATCH", `/incidents/${encodeURIComponent(number)}`, desk.token, payload, { "if-match": match === "current" ? current : match });
        expectAnswerable(result, incidentSchema);
        if (result.status === 200) changed++;
      }),
      { seed: 20_261_207, numRuns: NUM_RUNS },
    );
    expect(changed).toBeGreaterThan(0);
    await expectNothingMalformedStored(desk.workspaceId);
  }, 60_000);

  it("adds only valid notes, never in the future", async () => {
    const desk = await incidentDesk();
    const fields = { body: eitherOf(fc.oneof(plausibleText, hugeText)), occurredAt: instant };
    let added = 0;
    await fc.assert(
      fc.asyncProperty(payloadFor(fields), numberPath(desk.incidentNumber), async (payload, number) => {
        const result = await send("POST", `/incidents/${encodeURIComponent(number)}/timeline-events`, desk.token, payload);
        expectAnswerable(result, timelineEventSchema);
        if (result.status === 201) added++;
      }),
      { seed: 20_261_208, numRuns: NUM_RUNS },
    );
    expect(added).toBeGreaterThan(0);
    expect(await db.incidentEvent.count({ where: { workspaceId: desk.workspaceId, kind: "NOTE" } })).toBe(added);
    await expectNothingMalformedStored(desk.workspaceId);
  }, 60_000);

  it("links and unlinks only tickets and incidents that exist, whatever the path says", async () => {
    const desk = await incidentDesk();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("POST" as const, "DELETE" as const), numberPath(desk.incidentNumber), numberPath(desk.ticketNumber), async (method, incident, ticket) => {
        const result = await callApi(method, `/incidents/${encodeURIComponent(incident)}/tickets/${encodeURIComponent(ticket)}`, { token: desk.token });
        expectAnswerable(result, incidentTicketLinkSchema, [200, 404]);
      }),
      { seed: 20_261_209, numRuns: NUM_RUNS / 2 },
    );
    const links = await db.incidentTicket.findMany({ where: { workspaceId: desk.workspaceId }, select: { ticket: { select: { number: true } } } });
    expect(links.every((link) => link.ticket.number === desk.ticketNumber)).toBe(true);
  }, 60_000);
});

describe("API incident task and status update endpoints under hostile input", () => {
  it("adds and changes tasks only for valid input", async () => {
    const desk = await incidentDesk();
    const fields = { title: eitherOf(plausibleText), ownerId: fc.oneof(person(desk), fc.constant(null)), dueAt: fc.oneof(instant, fc.constant(null)), done: eitherOf(fc.boolean()) };
    const task = (await callApi("POST", `/incidents/${desk.incidentNumber}/tasks`, { token: desk.token, body: { title: "Fail over" } })).body as { id: string };
    const taskPath = fc.oneof({ weight: 4, arbitrary: fc.constant(task.id) }, fc.constantFrom(randomUUID(), "nope", "' OR 1=1 --"));
    await fc.assert(
      fc.asyncProperty(payloadFor(fields), numberPath(desk.incidentNumber), taskPath, fc.boolean(), async (payload, number, taskId, isCurrent) => {
        expectAnswerable(await send("POST", `/incidents/${encodeURIComponent(number)}/tasks`, desk.token, payload), taskSchema);
        const current = (await callApi("GET", `/incidents/${desk.incidentNumber}/tasks`, { token: desk.token })).body as { data: { id: string; version: number }[] };
        const version = current.data.find((candidate) => candidate.id === task.id)?.version ?? 1;
        const patched = await send("PATCH", `/incidents/${encodeURIComponent(number)}/tasks/${encodeURIComponent(taskId)}`, desk.token, payload, { "if-match": isCurrent ? `"${version}"` : '"0"' });
        expectAnswerable(patched, taskSchema);
      }),
      { seed: 20_261_210, numRuns: NUM_RUNS / 2 },
    );
    const tasks = await db.incidentTask.findMany({ where: { workspaceId: desk.workspaceId }, select: { title: true } });
    for (const { title } of tasks) expect(title.trim() !== "" && !title.includes("\u0000") && !hasInvisibleCharacters(title), JSON.stringify(title)).toBe(true);
  }, 60_000);

  it("posts status updates only for valid input on the current version", async () => {
    const desk = await incidentDesk();
    const fields = {
      body: eitherOf(fc.oneof(plausibleText, hugeText)),
      status: eitherOf(fc.constantFrom(...Object.values(IncidentStatus))),
      visibility: eitherOf(fc.constantFrom(...Object.values(IncidentUpdateVisibility))),
      resolveLinkedTickets: eitherOf(fc.boolean()),
    };
    let posted = 0;
    await fc.assert(
      fc.asyncProperty(payloadFor(fields), numberPath(desk.incidentNumber), fc.oneof(fc.constant("current"), headerValue), async (payload, number, match) => {
        const current = (await callApi("GET", `/incidents/${desk.incidentNumber}`, { token: desk.token })).headers.get("etag") ?? undefined;
        const result = await send("POST", `/incidents/${encodeURIComponent(number)}/status-updates`, desk.token, payload, { "if-match": match === "current" ? current : match });
        expectAnswerable(result, postedStatusUpdateSchema);
        if (result.status === 201) posted++;
      }),
      { seed: 20_261_211, numRuns: NUM_RUNS / 2 },
    );
    expect(await db.incidentStatusUpdate.count({ where: { workspaceId: desk.workspaceId } })).toBe(posted);
    await expectNothingMalformedStored(desk.workspaceId);
  }, 60_000);
});
