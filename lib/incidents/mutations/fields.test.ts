import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { changeIncidentFields, editIncident } from "./change";

async function declared() {
  const { actor } = await createStaff();
  const incident = await declareTestIncident(actor, { title: "Mail server is down" });
  return { actor, incident };
}

const row = (id: string) => db.incident.findUniqueOrThrow({ where: { id } });
const timelineKinds = async (incidentId: string) =>
  (await db.incidentEvent.findMany({ where: { incidentId }, orderBy: { sequence: "asc" } })).map((event) => event.kind);

describe("editing an incident's title and summary", () => {
  it("retitles it on the version seen, audited with the old and new title, without a timeline entry", async () => {
    const { actor, incident } = await declared();
    expect(await editIncident(actor, { incidentNumber: incident.number, version: 1, title: "Mail delayed", summary: "Queue backed up." })).toEqual({ changed: true, version: 2 });
    expect(await row(incident.id)).toMatchObject({ title: "Mail delayed", summary: "Queue backed up.", version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "incident.edited", targetId: incident.id } });
    expect(audit.metadata).toEqual({ number: incident.number, title: { from: "Mail server is down", to: "Mail delayed" }, isSummaryRewritten: true });
    expect(await timelineKinds(incident.id)).toEqual(["DECLARED"]);
  });

  it("writes nothing when the text is the same, and refuses a stale version", async () => {
    const { actor, incident } = await declared();
    expect(await editIncident(actor, { incidentNumber: incident.number, version: 1, title: "Mail server is down" })).toEqual({ changed: false, version: 1 });
    await editIncident(actor, { incidentNumber: incident.number, version: 1, summary: "Started at 14:00." });
    await expect(editIncident(actor, { incidentNumber: incident.number, version: 1, title: "Overwritten" })).rejects.toThrow(ConflictError);
    expect(await row(incident.id)).toMatchObject({ title: "Mail server is down", summary: "Started at 14:00.", version: 2 });
  });

  it("answers a client with not found", async () => {
    const { actor, incident } = await declared();
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    await expect(editIncident(client, { incidentNumber: incident.number, version: 1, title: "Mine now" })).rejects.toThrow(NotFoundError);
  });
});

describe("changing several fields of an incident at once", () => {
  it("applies each change with its own timeline entry and version step", async () => {
    const { actor, incident } = await declared();
    const { user: colleague } = await createStaff({ workspaceId: actor.workspaceId });
    const result = await changeIncidentFields(actor, {
      incidentNumber: incident.number,
      version: 1,
      status: "IDENTIFIED",
      severity: "SEV1",
      commanderId: colleague.id,
      communicationsLeadId: actor.userId,
      title: "Mail is down everywhere",
    });
    expect(result).toEqual({ changed: true, version: 6 });
    expect(await row(incident.id)).toMatchObject({
      status: "IDENTIFIED",
      severity: "SEV1",
      commanderId: colleague.id,
      communicationsLeadId: actor.userId,
      title: "Mail is down everywhere",
      acknowledgedAt: expect.any(Date),
    });
    expect(await timelineKinds(incident.id)).toEqual(["DECLARED", "STATUS_CHANGED", "SEVERITY_CHANGED", "ROLE_ASSIGNED", "ROLE_ASSIGNED"]);
  });

  it("writes none of them when one is refused", async () => {
    const { actor, incident } = await declared();
    const { user: client } = await createUser({ workspaceId: actor.workspaceId });
    const attempt = changeIncidentFields(actor, { incidentNumber: incident.number, version: 1, severity: "SEV1", commanderId: client.id });
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { commanderId: [expect.any(String)] } });
    await expect(changeIncidentFields(actor, { incidentNumber: incident.number, version: 1, severity: "SEV1", status: "CLOSED" })).rejects.toThrow(ValidationError);
    expect(await row(incident.id)).toMatchObject({ severity: "SEV2", status: "INVESTIGATING", commanderId: actor.userId, version: 1 });
    expect(await timelineKinds(incident.id)).toEqual(["DECLARED"]);
  });
});
