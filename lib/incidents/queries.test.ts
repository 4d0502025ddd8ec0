import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { addIncidentNote, changeIncidentStatus, linkIncidentTicket } from "./mutations";
import { getIncident, getSeverityDescriptions, listIncidents, listIncidentsForTicket } from "./queries";
import { INCIDENT_PAGE_SIZE } from "./schemas";
import { DEFAULT_SEVERITY_DESCRIPTIONS } from "./severity";

describe("listing incidents", () => {
  it("pages through the workspace's incidents newest declared first, by status, without another workspace's", async () => {
    const { actor } = await createStaff();
    const { actor: outsider } = await createStaff();
    await declareTestIncident(outsider);
    const base = Date.now() - 1_000_000;
    await db.workspace.update({ where: { id: actor.workspaceId }, data: { incidentNumber: INCIDENT_PAGE_SIZE + 2 } });
    await db.incident.createMany({
      data: Array.from({ length: INCIDENT_PAGE_SIZE + 2 }, (_, index) => ({
        workspaceId: actor.workspaceId, number: index + 1, title: `Outage ${index + 1}`, severity: "SEV3" as const,
        status: index === 0 ? ("RESOLVED" as const) : ("INVESTIGATING" as const),
        // Two share a declaration time: the id breaks the tie, so paging loses neither.
        declaredAt: new Date(base + Math.min(index, INCIDENT_PAGE_SIZE) * 1000),
        commanderId: actor.userId, declaredById: actor.userId,
      })),
    });
    const first = await listIncidents(actor, {});
    expect(first.incidents).toHaveLength(INCIDENT_PAGE_SIZE);
    expect(first.olderCursor).not.toBeNull();
    const second = await listIncidents(actor, { after: first.olderCursor ?? undefined });
    expect(second.olderCursor).toBeNull();
    const numbers = [...first.incidents, ...second.incidents].map((incident) => incident.number);
    expect(new Set(numbers).size).toBe(INCIDENT_PAGE_SIZE + 2);
    expect(numbers.at(-1)).toBe(1);
    const declaredTimes = [...first.incidents, ...second.incidents].map((incident) => incident.declaredAt.getTime());
    expect(declaredTimes).toEqual([...declaredTimes].sort((a, b) => b - a));
    expect((await listIncidents(actor, { status: "RESOLVED" })).incidents.map((incident) => incident.number)).toEqual([1]);
  });

  it("answers a client with not found", async () => {
    const { actor: client } = await createUser();
    await expect(listIncidents(client, {})).rejects.toThrow(NotFoundError);
  });

  it("filters by severity and by declared days in the workspace's report time zone, both days included", async () => {
    const workspace = await createWorkspace({ reportTimeZone: "America/New_York" });
    const { actor } = await createStaff({ workspaceId: workspace.id });
    await db.workspace.update({ where: { id: workspace.id }, data: { incidentNumber: 4 } });
    // 2026-11-01 00:30 and 2026-11-30 23:30 in New York, then one just outside each end.
    const declared = ["2026-11-01T04:30:00Z", "2026-12-01T04:30:00Z", "2026-11-01T03:59:59Z", "2026-12-01T05:00:00Z"];
    await db.incident.createMany({
      data: declared.map((at, index) => ({
        workspaceId: workspace.id, number: index + 1, title: `Outage ${index + 1}`, severity: index === 1 ? ("SEV1" as const) : ("SEV2" as const),
        declaredAt: new Date(at), commanderId: actor.userId, declaredById: actor.userId,
      })),
    });
    const numbers = async (filters: Parameters<typeof listIncidents>[1]) => (await listIncidents(actor, filters)).incidents.map((incident) => incident.number);
    expect(await numbers({ declaredFrom: "2026-11-01", declaredTo: "2026-11-30" })).toEqual([2, 1]);
    expect(await numbers({ declaredFrom: "2026-11-01", declaredTo: "2026-11-30", severity: "SEV2" })).toEqual([1]);
    expect(await numbers({ declaredTo: "2026-10-31" })).toEqual([3]);
    expect(await numbers({ declaredFrom: "2026-12-01" })).toEqual([4]);
  });
});

describe("reading one incident", () => {
  it("gives its people, linked tickets and timeline in the order things happened", async () => {
    const { actor } = await createStaff();
    const ticket = await createTicket({ workspaceId: actor.workspaceId, requesterId: actor.userId, title: "Mail bounces" });
    const incident = await declareTestIncident(actor, { ticketNumbers: [ticket.number] });
    await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "IDENTIFIED" });
    await addIncidentNote(actor, { incidentNumber: incident.number, body: "Deploy started", occurredAt: new Date(Date.now() - 3_600_000) });
    const detail = await getIncident(actor, incident.number);
    expect(detail).toMatchObject({
      number: incident.number, status: "IDENTIFIED", version: 2, commander: { id: actor.userId, name: actor.name },
      communicationsLead: null, tickets: [{ number: ticket.number, title: "Mail bounces", status: "NEW" }], timelineTruncated: false,
    });
    expect(detail.timeline.map((event) => event.kind)).toEqual(["NOTE", "DECLARED", "TICKET_LINKED", "STATUS_CHANGED"]);
  });

  it("answers clients and other workspaces' staff with not found", async () => {
    const { actor } = await createStaff();
    const incident = await declareTestIncident(actor);
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    const { actor: outsider } = await createStaff();
    for (const someone of [client, outsider]) await expect(getIncident(someone, incident.number)).rejects.toThrow(NotFoundError);
  });
});

describe("a ticket's incidents", () => {
  it("lists the incidents a ticket is linked to, and nothing of another workspace's ticket", async () => {
    const { actor } = await createStaff();
    const ticket = await createTicket({ workspaceId: actor.workspaceId, requesterId: actor.userId });
    const older = await declareTestIncident(actor, { title: "Older", ticketNumbers: [ticket.number] });
    await declareTestIncident(actor, { title: "Unrelated" });
    const newer = await declareTestIncident(actor, { title: "Newer", severity: "SEV1" });
    await linkIncidentTicket(actor, { incidentNumber: newer.number, ticketNumber: ticket.number });
    expect(await listIncidentsForTicket(actor, ticket.number)).toEqual([
      { number: newer.number, title: "Newer", status: "INVESTIGATING", severity: "SEV1" },
      { number: older.number, title: "Older", status: "INVESTIGATING", severity: "SEV2" },
    ]);
    const { actor: outsider } = await createStaff();
    await expect(listIncidentsForTicket(outsider, ticket.number)).rejects.toThrow(NotFoundError);
    const { actor: requester } = await createUser({ workspaceId: actor.workspaceId });
    await expect(listIncidentsForTicket(requester, ticket.number)).rejects.toThrow(NotFoundError);
  });
});

describe("severity descriptions of a workspace", () => {
  it("gives staff their workspace's own text over the defaults, and clients nothing", async () => {
    const { actor } = await createStaff();
    await db.workspace.update({ where: { id: actor.workspaceId }, data: { incidentSeverities: { SEV1: "Payments are down." } } });
    expect(await getSeverityDescriptions(actor)).toEqual({ ...DEFAULT_SEVERITY_DESCRIPTIONS, SEV1: "Payments are down." });
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    await expect(getSeverityDescriptions(client)).rejects.toThrow(NotFoundError);
  });
});
