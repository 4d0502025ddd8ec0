import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { addIncidentResponder, removeIncidentResponder } from "./responders";

async function declared() {
  const { actor } = await createStaff();
  const incident = await declareTestIncident(actor);
  const { user: colleague } = await createStaff({ workspaceId: actor.workspaceId });
  return { actor, incident, colleague };
}

const responderEvents = (incidentId: string) =>
  db.incidentEvent.findMany({ where: { incidentId, kind: { in: ["RESPONDER_ADDED", "RESPONDER_REMOVED"] } }, orderBy: { sequence: "asc" } });

describe("an incident's responders", () => {
  it("adds, relabels and removes a responder, each once, with timeline and audit entries", async () => {
    const { actor, incident, colleague } = await declared();
    const target = { incidentNumber: incident.number, userId: colleague.id };
    expect(await addIncidentResponder(actor, { ...target, role: "Database" })).toEqual({ changed: true });
    expect(await addIncidentResponder(actor, { ...target, role: "Database" })).toEqual({ changed: false });
    expect(await addIncidentResponder(actor, { ...target, role: "Scribe" })).toEqual({ changed: true });
    expect(await db.incidentResponder.findMany({ where: { incidentId: incident.id } })).toEqual([
      expect.objectContaining({ userId: colleague.id, role: "Scribe", workspaceId: actor.workspaceId }),
    ]);
    expect(await removeIncidentResponder(actor, target)).toEqual({ changed: true });
    expect(await removeIncidentResponder(actor, target)).toEqual({ changed: false });
    expect(await db.incidentResponder.count({ where: { incidentId: incident.id } })).toBe(0);
    expect((await responderEvents(incident.id)).map((event) => [event.kind, event.metadata, event.actorId])).toEqual([
      ["RESPONDER_ADDED", { userId: colleague.id, role: "Database" }, actor.userId],
      ["RESPONDER_ADDED", { userId: colleague.id, role: "Scribe", previousRole: "Database" }, actor.userId],
      ["RESPONDER_REMOVED", { userId: colleague.id, role: "Scribe" }, actor.userId],
    ]);
    const audit = await db.auditLog.findMany({ where: { targetId: incident.id, action: { startsWith: "incident.responder_" } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["incident.responder_added", "incident.responder_added", "incident.responder_removed"]);
  });

  it("takes only staff of the workspace as responders", async () => {
    const { actor, incident } = await declared();
    const { user: client } = await createUser({ workspaceId: actor.workspaceId });
    const { user: outsider } = await createStaff();
    for (const userId of [client.id, outsider.id]) {
      await expect(addIncidentResponder(actor, { incidentNumber: incident.number, userId, role: "Helper" })).rejects.toThrow(ValidationError);
    }
    expect(await db.incidentResponder.count({ where: { incidentId: incident.id } })).toBe(0);
  });

  it("answers clients and other workspaces' staff with not found,", async () => {
    const { actor, incident, colleague } = await declared();
    await addIncidentResponder(actor, { incidentNumber: incident.number, userId: colleague.id, role: "Network" });
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    const { actor: outsider } = await createStaff();
    for (const someone of [client, outsider]) {
      await expect(addIncidentResponder(someone, { incidentNumber: incident.number, userId: someone.userId, role: "Sneaky" })).rejects.toThrow(NotFoundError);
      await expect(removeIncidentResponder(someone, { incidentNumber: incident.number, userId: colleague.id })).rejects.toThrow(NotFoundError);
    }
    expect(await db.incidentResponder.count({ where: { incidentId: incident.id } })).toBe(1);
  });
});
