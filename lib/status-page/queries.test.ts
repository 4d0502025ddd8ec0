import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { createStatusUpdate, setStatusPage } from "@/lib/test/status-page-factories";
import { findStatusPage, HISTORY_DAYS } from "./queries";

async function workspaceWithPage() {
  const { actor } = await createStaff();
  await setStatusPage(actor.workspaceId);
  const declare = async (options: Parameters<typeof declareTestIncident>[1] = {}) => {
    const { id } = await declareTestIncident(actor, options);
    return { id, workspaceId: actor.workspaceId };
  };
  return { actor, declare };
}

describe("the public status page's data", () => {
  it("shows current incidents with their public updates newest first, never an internal one", async () => {
    const { actor, declare } = await workspaceWithPage();
    const incident = await declare({ title: "Mail is down", severity: "SEV2" });
    const hour = 3_600_000;
    await createStatusUpdate({ incident, authorId: actor.userId, visibility: "PUBLIC", body: "We are looking into it.", createdAt: new Date(Date.now() - 2 * hour) });
    await createStatusUpdate({ incident, authorId: actor.userId, visibility: "INTERNAL", body: "It is the relay, Bob broke it." });
    await createStatusUpdate({ incident, authorId: actor.userId, visibility: "PUBLIC", status: "IDENTIFIED", body: "Found the cause.", createdAt: new Date(Date.now() - hour) });
    await declare({ title: "Only staff know of this one" });
    const { page } = await findStatusPage(actor.workspaceSlug);
    expect(page?.current).toHaveLength(1);
    expect(page?.current[0]).toMatchObject({ title: "Mail is down", severity: "SEV2", status: "INVESTIGATING" });
    expect(page?.current[0]?.statusUpdates.map((update) => update.body)).toEqual(["Found the cause.", "We are looking into it."]);
    expect(JSON.stringify(page)).not.toMatch(/Bob|Only staff|commander|summary|tickets/);
    expect(page?.worstSeverity).toBe("SEV2");
  });

  it("puts resolved incidents of the last 90 days in the history by day, and says all is well", async () => {
    const { actor, declare } = await workspaceWithPage();
    const recent = await declare({ title: "Slow search", severity: "SEV3" });
    const old = await declare({ title: "Ancient outage", severity: "SEV1" });
    await db.incident.update({ where: { id: recent.id }, data: { status: "RESOLVED", resolvedAt: new Date(), declaredAt: new Date("2026-12-01T10:00:00Z") } });
    await db.incident.update({ where: { id: old.id }, data: { status: "CLOSED", declaredAt: new Date(Date.now() - (HISTORY_DAYS + 1) * 86_400_000) } });
    for (const incident of [recent, old]) await createStatusUpdate({ incident, authorId: actor.userId, visibility: "PUBLIC", body: "Fixed." });
    const { page } = await findStatusPage(actor.workspaceSlug, new Date("2026-12-06T12:00:00Z"));
    expect(page).toMatchObject({ current: [], worstSeverity: null });
    expect(page?.history).toEqual([{ day: "2026-12-01", incidents: [expect.objectContaining({ title: "Slow search", status: "RESOLVED" })] }]);
  });

  it("ranks the worst current severity first", async () => {
    const { actor, declare } = await workspaceWithPage();
    for (const severity of ["SEV3", "SEV1", "SEV4"] as const) {
      await createStatusUpdate({ incident: await declare({ severity }), authorId: actor.userId, visibility: "PUBLIC" });
    }
    const { page } = await findStatusPage(actor.workspaceSlug);
    expect(page?.worstSeverity).toBe("SEV1");
    expect(page?.current.map((incident) => incident.severity)).toEqual(["SEV1", "SEV3", "SEV4"]);
  });

  it("is not found for a disabled page, a workspace being deleted or an unknown slug", async () => {
    const { actor } = await createStaff();
    expect(await findStatusPage(actor.workspaceSlug)).toEqual({ workspaceId: actor.workspaceId, page: null });
    await setStatusPage(actor.workspaceId);
    await db.workspace.update({ where: { id: actor.workspaceId }, data: { deletionRequestedAt: new Date() } });
    expect((await findStatusPage(actor.workspaceSlug)).page).toBeNull();
    expect(await findStatusPage("no-such-workspace")).toEqual({ workspaceId: null, page: null });
  });

  it("shows only its own workspace's incidents", async () => {
    const { actor } = await workspaceWithPage();
    const other = await workspaceWithPage();
    await createStatusUpdate({ incident: await other.declare({ title: "Their outage" }), authorId: other.actor.userId, visibility: "PUBLIC" });
    const { page } = await findStatusPage(actor.workspaceSlug);
    expect(page?.current).toEqual([]);
    expect((await findStatusPage(other.actor.workspaceSlug)).page?.current.map((incident) => incident.title)).toEqual(["Their outage"]);
  });
});
