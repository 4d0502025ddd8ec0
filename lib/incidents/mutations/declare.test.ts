import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { declareIncidentSchema } from "@/lib/incidents/schemas";
import { db } from "@/lib/test/db";
import { createTicket, createUser } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { declareIncident } from "./declare";

describe("declaring an incident", () => {
  it("numbers it from the workspace counter, makes the declarer commander, and logs it on the timeline and in the audit log", async () => {
    const { actor } = await createStaff();
    const input = declareIncidentSchema.parse({ title: "  Mail server is down ", severity: "SEV2" });
    const declared = await declareIncident(actor, input);
    expect(declared.number).toBe(1);
    expect((await declareTestIncident(actor)).number).toBe(2);
    const incident = await db.incident.findUniqueOrThrow({ where: { id: declared.id }, include: { events: true } });
    expect(incident).toMatchObject({
      workspaceId: actor.workspaceId, title: "Mail server is down", summary: "", severity: "SEV2", status: "INVESTIGATING",
      commanderId: actor.userId, declaredById: actor.userId, communicationsLeadId: null, version: 1,
      acknowledgedAt: null, mitigatedAt: null, resolvedAt: null, closedAt: null,
    });
    expect(incident.events).toEqual([expect.objectContaining({ kind: "DECLARED", actorId: actor.userId, metadata: { severity: "SEV2", commanderId: actor.userId } })]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "incident.declared", targetId: declared.id } });
    expect(audit).toMatchObject({ workspaceId: actor.workspaceId, actorId: actor.userId, targetType: "incident", metadata: { number: 1, severity: "SEV2", ticketNumbers: [] } });
  });

  it("links the tickets it starts with, each with a timeline entry", async () => {
    const { actor } = await createStaff();
    const first = await createTicket({ workspaceId: actor.workspaceId, requesterId: actor.userId });
    const second = await createTicket({ workspaceId: actor.workspaceId, requesterId: actor.userId });
    const declared = await declareTestIncident(actor, { ticketNumbers: [second.number, first.number, second.number] });
    const links = await db.incidentTicket.findMany({ where: { incidentId: declared.id }, orderBy: { createdAt: "asc" } });
    expect(links.map((link) => link.ticketId).sort()).toEqual([first.id, second.id].sort());
    const linked = await db.incidentEvent.findMany({ where: { incidentId: declared.id, kind: "TICKET_LINKED" } });
    expect(linked.map((event) => (event.metadata as { ticketNumber: number }).ticketNumber).sort()).toEqual([first.number, second.number].sort());
  });

  it("names another staff member commander, but never a client, an outsider or a disabled account", async () => {
    const { actor } = await createStaff();
    const { user: colleague } = await createStaff({ workspaceId: actor.workspaceId, role: "MANAGER" });
    const declared = await declareTestIncident(actor, { commanderId: colleague.id });
    expect(await db.incident.findUniqueOrThrow({ where: { id: declared.id } })).toMatchObject({ commanderId: colleague.id, declaredById: actor.userId });

    const { user: client } = await createUser({ workspaceId: actor.workspaceId });
    const { user: outsider } = await createStaff();
    const { user: disabled } = await createUser({ workspaceId: actor.workspaceId, role: "AGENT", disabled: true });
    for (const commanderId of [client.id, outsider.id, disabled.id]) {
      await expect(declareTestIncident(actor, { commanderId })).rejects.toThrow(ValidationError);
    }
    expect(await db.incident.count({ where: { workspaceId: actor.workspaceId } })).toBe(1);
  });

  it("refuses another workspace's ticket numbers as not found, and declares nothing", async () => {
    const { actor } = await createStaff();
    const { actor: other } = await createStaff();
    await createTicket({ workspaceId: other.workspaceId, requesterId: other.userId });
    const { number } = await createTicket({ workspaceId: other.workspaceId, requesterId: other.userId });
    const mine = await createTicket({ workspaceId: actor.workspaceId, requesterId: actor.userId });
    expect(number).not.toBe(mine.number);
    await expect(declareTestIncident(actor, { ticketNumbers: [mine.number, number] })).rejects.toThrow(`Ticket #${number} was not found.`);
    expect(await db.incident.count({ where: { workspaceId: actor.workspaceId } })).toBe(0);
    // The failed declaration gave its number back.
    expect((await declareTestIncident(actor)).number).toBe(1);
  });

  it("answers a client as if incidents did not exist", async () => {
    const { actor: client } = await createUser();
    await expect(declareTestIncident(client)).rejects.toThrow(NotFoundError);
    expect(await db.incident.count({ where: { workspaceId: client.workspaceId } })).toBe(0);
  });

  it("gives simultaneous declarations distinct numbers without gaps", async () => {
    const { actor } = await createStaff();
    const declared = await Promise.all(Array.from({ length: 6 }, (_, index) => declareTestIncident(actor, { title: `Outage ${index}` })));
    expect(declared.map((incident) => incident.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { incidentNumber: true } })).toEqual({ incidentNumber: 6 });
  });
});
