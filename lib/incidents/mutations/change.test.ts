import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { CLOSE_REFUSED_MESSAGE, CLOSE_UNRESOLVED_MESSAGE } from "@/lib/incidents/workflow";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { assignIncidentRole, changeIncidentSeverity, changeIncidentStatus } from "./change";

async function declared() {
  const { actor } = await createStaff();
  const incident = await declareTestIncident(actor);
  return { actor, incident };
}

const row = (id: string) => db.incident.findUniqueOrThrow({ where: { id } });
const eventsOf = (incidentId: string, kind: "STATUS_CHANGED" | "SEVERITY_CHANGED" | "ROLE_ASSIGNED") =>
  db.incidentEvent.findMany({ where: { incidentId, kind }, orderBy: { createdAt: "asc" } });

describe("changing an incident's status", () => {
  it("moves it along the stages, stamping each first time, with timeline and audit entries", async () => {
    const { actor, incident } = await declared();
    expect(await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "IDENTIFIED" })).toEqual({ changed: true, version: 2 });
    const identified = await row(incident.id);
    expect(identified).toMatchObject({ status: "IDENTIFIED", version: 2, acknowledgedAt: expect.any(Date), mitigatedAt: null });
    await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 2, status: "RESOLVED" });
    const resolved = await row(incident.id);
    expect(resolved).toMatchObject({ status: "RESOLVED", acknowledgedAt: identified.acknowledgedAt, mitigatedAt: expect.any(Date), resolvedAt: expect.any(Date) });
    await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 3, status: "INVESTIGATING" });
    expect(await row(incident.id)).toMatchObject({ status: "INVESTIGATING", acknowledgedAt: identified.acknowledgedAt, mitigatedAt: resolved.mitigatedAt, resolvedAt: null });
    expect((await eventsOf(incident.id, "STATUS_CHANGED")).map((event) => event.metadata)).toEqual([
      { from: "INVESTIGATING", to: "IDENTIFIED" },
      { from: "IDENTIFIED", to: "RESOLVED" },
      { from: "RESOLVED", to: "INVESTIGATING" },
    ]);
    expect(await db.auditLog.count({ where: { action: "incident.status_changed", targetId: incident.id } })).toBe(3);
  });

  it("refuses closing before resolving, and moves back other than to investigating", async () => {
    const { actor, incident } = await declared();
    await expect(changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "CLOSED" })).rejects.toThrow(CLOSE_UNRESOLVED_MESSAGE);
    await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "MONITORING" });
    await expect(changeIncidentStatus(actor, { incidentNumber: incident.number, version: 2, status: "IDENTIFIED" })).rejects.toThrow(ValidationError);
    expect(await row(incident.id)).toMatchObject({ status: "MONITORING", version: 2, closedAt: null });
  });

  it("closes a resolved incident only once its review is written or skipped, stamping the closing time", async () => {
    const { actor, incident } = await declared();
    await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "RESOLVED" });
    await expect(changeIncidentStatus(actor, { incidentNumber: incident.number, version: 2, status: "CLOSED" })).rejects.toThrow(CLOSE_REFUSED_MESSAGE);
    await db.incidentReview.create({ data: { incidentId: incident.id, workspaceId: actor.workspaceId, writtenById: actor.userId, skipReason: "A false alarm." } });
    expect(await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 2, status: "CLOSED" })).toEqual({ changed: true, version: 3 });
    expect(await row(incident.id)).toMatchObject({ status: "CLOSED", closedAt: expect.any(Date) });
    await expect(changeIncidentStatus(actor, { incidentNumber: incident.number, version: 3, status: "INVESTIGATING" })).rejects.toThrow(ValidationError);
  });

  it("refuses closing an incident that is not resolved, even with its review written", async () => {
    const { actor, incident } = await declared();
    await db.incidentReview.create({ data: { incidentId: incident.id, workspaceId: actor.workspaceId, writtenById: actor.userId, impact: "Mail was late." } });
    await expect(changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "CLOSED" })).rejects.toThrow(CLOSE_UNRESOLVED_MESSAGE);
    expect(await row(incident.id)).toMatchObject({ status: "INVESTIGATING", closedAt: null, version: 1 });
  });

  it("writes nothing when the status is already the one asked for", async () => {
    const { actor, incident } = await declared();
    expect(await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "INVESTIGATING" })).toEqual({ changed: false, version: 1 });
    expect(await eventsOf(incident.id, "STATUS_CHANGED")).toEqual([]);
  });

  it("refuses a change made on a version someone else has changed since", async () => {
    const { actor, incident } = await declared();
    const { actor: colleague } = await createStaff({ workspaceId: actor.workspaceId });
    await changeIncidentSeverity(colleague, { incidentNumber: incident.number, version: 1, severity: "SEV1" });
    await expect(changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "IDENTIFIED" })).rejects.toThrow(ConflictError);
    expect(await row(incident.id)).toMatchObject({ status: "INVESTIGATING", severity: "SEV1", version: 2 });
  });

  it("lets only one of two simultaneous changes on the same version through", async () => {
    const { actor, incident } = await declared();
    const results = await Promise.allSettled([
      changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "IDENTIFIED" }),
      changeIncidentSeverity(actor, { incidentNumber: incident.number, version: 1, severity: "SEV1" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")?.reason).toBeInstanceOf(ConflictError);
    expect(await row(incident.id)).toMatchObject({ version: 2 });
  });
});

describe("changing an incident's severity and roles", () => {
  it("records a severity change", async () => {
    const { actor, incident } = await declared();
    await changeIncidentSeverity(actor, { incidentNumber: incident.number, version: 1, severity: "SEV1" });
    expect(await row(incident.id)).toMatchObject({ severity: "SEV1", version: 2 });
    expect((await eventsOf(incident.id, "SEVERITY_CHANGED")).map((event) => event.metadata)).toEqual([{ from: "SEV2", to: "SEV1" }]);
    expect(await db.auditLog.count({ where: { action: "incident.severity_changed", targetId: incident.id } })).toBe(1);
  });

  it("hands the commander and communications lead roles to staff of the workspace only", async () => {
    const { actor, incident } = await declared();
    const { user: colleague } = await createStaff({ workspaceId: actor.workspaceId });
    await assignIncidentRole(actor, { incidentNumber: incident.number, version: 1, role: "commander", userId: colleague.id });
    await assignIncidentRole(actor, { incidentNumber: incident.number, version: 2, role: "communications_lead", userId: actor.userId });
    expect(await row(incident.id)).toMatchObject({ commanderId: colleague.id, communicationsLeadId: actor.userId, version: 3 });
    expect((await eventsOf(incident.id, "ROLE_ASSIGNED")).map((event) => event.metadata)).toEqual([
      { role: "commander", from: actor.userId, to: colleague.id },
      { role: "communications_lead", from: null, to: actor.userId },
    ]);
    expect(await db.auditLog.count({ where: { action: "incident.role_assigned", targetId: incident.id } })).toBe(2);

    const { user: client } = await createUser({ workspaceId: actor.workspaceId });
    const { user: outsider } = await createStaff();
    for (const userId of [client.id, outsider.id]) {
      await expect(assignIncidentRole(actor, { incidentNumber: incident.number, version: 3, role: "commander", userId })).rejects.toThrow(ValidationError);
    }
    await assignIncidentRole(actor, { incidentNumber: incident.number, version: 3, role: "communications_lead", userId: null });
    expect(await row(incident.id)).toMatchObject({ commanderId: colleague.id, communicationsLeadId: null, version: 4 });
  });
});

describe("who may change an incident", () => {
  it("answers clients and other workspaces' staff with not found, and changes nothing", async () => {
    const { actor } = await declared();
    const incident = await declareTestIncident(actor, { title: "Second outage" });
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    // The outsider's workspace has an incident too, but no incident with this number.
    const { actor: outsider } = await createStaff();
    await declareTestIncident(outsider);
    const attempts = (someone: Actor) => [
      () => changeIncidentStatus(someone, { incidentNumber: incident.number, version: 1, status: "IDENTIFIED" }),
      () => changeIncidentSeverity(someone, { incidentNumber: incident.number, version: 1, severity: "SEV1" }),
      () => assignIncidentRole(someone, { incidentNumber: incident.number, version: 1, role: "commander", userId: someone.userId }),
    ];
    for (const someone of [client, outsider]) {
      for (const attempt of attempts(someone)) await expect(attempt()).rejects.toThrow(NotFoundError);
    }
    expect(await row(incident.id)).toMatchObject({ status: "INVESTIGATING", severity: "SEV2", commanderId: actor.userId, version: 1 });
  });
});
