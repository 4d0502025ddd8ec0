import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { changeIncidentStatus } from "@/lib/incidents/mutations";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { CLOSE_REFUSED_MESSAGE } from "../workflow";
import { REVIEW_ALREADY_WRITTEN_MESSAGE, skipIncidentReview, writeIncidentReview } from "./mutations";
import { getIncidentReview } from "./queries";

async function resolvedIncident(role: "AGENT" | "MANAGER" = "AGENT") {
  const { actor } = await createStaff({ role });
  const incident = await declareTestIncident(actor);
  await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 1, status: "RESOLVED" });
  return { actor, incident };
}

const review = (incidentNumber: number, version?: number) => ({
  incidentNumber, version, impact: "Mail was late for two hours.", rootCause: "The relay's disk filled up.", wentWell: "Fast failover.", wentBadly: "",
});
const kinds = async (incidentId: string) =>
  (await db.incidentEvent.findMany({ where: { incidentId, kind: { in: ["REVIEW_WRITTEN", "REVIEW_SKIPPED"] } }, orderBy: { sequence: "asc" } })).map((event) => event.kind);

describe("writing the review", () => {
  it("writes it, updates it from the version opened, and lets the incident close", async () => {
    const { actor, incident } = await resolvedIncident();
    await expect(changeIncidentStatus(actor, { incidentNumber: incident.number, version: 2, status: "CLOSED" })).rejects.toThrow(CLOSE_REFUSED_MESSAGE);
    expect(await writeIncidentReview(actor, review(incident.number))).toEqual({ version: 1 });
    const { actor: colleague } = await createStaff({ workspaceId: actor.workspaceId });
    expect(await writeIncidentReview(colleague, { ...review(incident.number, 1), wentBadly: "Paging was slow." })).toEqual({ version: 2 });
    expect(await getIncidentReview(actor, incident.number)).toMatchObject({
      status: "RESOLVED", version: 2,
      review: { impact: "Mail was late for two hours.", wentBadly: "Paging was slow.", skipReason: null, version: 2, writtenBy: { id: colleague.userId } },
    });
    expect(await kinds(incident.id)).toEqual(["REVIEW_WRITTEN"]);
    expect(await db.auditLog.findMany({ where: { targetId: incident.id, action: { startsWith: "incident.review" } }, select: { action: true } }))
      .toEqual([{ action: "incident.review_written" }, { action: "incident.review_updated" }]);
    await changeIncidentStatus(actor, { incidentNumber: incident.number, version: 2, status: "CLOSED" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "CLOSED", closedAt: expect.any(Date) });
  });

  it("refuses a save on a version someone else moved on, and a first review when one was written meanwhile", async () => {
    const { actor, incident } = await resolvedIncident();
    await writeIncidentReview(actor, review(incident.number));
    await expect(writeIncidentReview(actor, review(incident.number))).rejects.toThrow(ConflictError);
    await writeIncidentReview(actor, review(incident.number, 1));
    await expect(writeIncidentReview(actor, { ...review(incident.number, 1), impact: "Lost" })).rejects.toThrow(ConflictError);
    expect((await getIncidentReview(actor, incident.number)).review).toMatchObject({ impact: "Mail was late for two hours.", version: 2 });
  });
});

describe("skipping the review", () => {
  it("lets a manager skip it with a reason, on the timeline and in the audit log, so the incident may close", async () => {
    const { actor: manager, incident } = await resolvedIncident("MANAGER");
    expect((await getIncidentReview(manager, incident.number)).review).toBeNull();
    await skipIncidentReview(manager, { incidentNumber: incident.number, reason: "A false alarm from monitoring." });
    expect((await getIncidentReview(manager, incident.number)).review).toMatchObject({ skipReason: "A false alarm from monitoring.", writtenBy: { id: manager.userId } });
    expect(await kinds(incident.id)).toEqual(["REVIEW_SKIPPED"]);
    expect(await db.auditLog.findFirst({ where: { targetId: incident.id, action: "incident.review_skipped" } })).toMatchObject({
      actorId: manager.userId, metadata: { number: incident.number, reason: "A false alarm from monitoring." },
    });
    await changeIncidentStatus(manager, { incidentNumber: incident.number, version: 2, status: "CLOSED" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "CLOSED" });
  });

  it("refuses an agent, and a skip of a written review; writing a skipped review un-skips it", async () => {
    const { actor: manager, incident } = await resolvedIncident("MANAGER");
    const { actor: agent } = await createStaff({ workspaceId: manager.workspaceId });
    await expect(skipIncidentReview(agent, { incidentNumber: incident.number, reason: "Not needed." })).rejects.toThrow(ForbiddenError);
    expect((await getIncidentReview(manager, incident.number)).review).toBeNull();
    await skipIncidentReview(manager, { incidentNumber: incident.number, reason: "Not needed." });
    await writeIncidentReview(agent, review(incident.number, 1));
    expect((await getIncidentReview(manager, incident.number)).review).toMatchObject({ skipReason: null, version: 2 });
    await expect(skipIncidentReview(manager, { incidentNumber: incident.number, reason: "Not needed." })).rejects.toThrow(REVIEW_ALREADY_WRITTEN_MESSAGE);
    await expect(skipIncidentReview(manager, { incidentNumber: incident.number, reason: "Not needed." })).rejects.toThrow(ValidationError);
    expect(await kinds(incident.id)).toEqual(["REVIEW_SKIPPED", "REVIEW_WRITTEN"]);
  });
});

describe("who may see and write a review", () => {
  it("answers clients and other workspaces' staff with not found, and writes nothing", async () => {
    const { actor } = await createStaff({ role: "MANAGER" });
    await declareTestIncident(actor);
    const incident = await declareTestIncident(actor, { title: "Second outage" });
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    const { actor: outsider } = await createStaff({ role: "MANAGER" });
    await declareTestIncident(outsider);
    const attempts = (someone: Actor) => [
      () => writeIncidentReview(someone, review(incident.number)),
      () => skipIncidentReview(someone, { incidentNumber: incident.number, reason: "Not needed." }),
      () => getIncidentReview(someone, incident.number),
    ];
    for (const someone of [client, outsider]) {
      for (const attempt of attempts(someone)) await expect(attempt()).rejects.toThrow(NotFoundError);
    }
    expect(await db.incidentReview.count({ where: { incidentId: incident.id } })).toBe(0);
  });
});
