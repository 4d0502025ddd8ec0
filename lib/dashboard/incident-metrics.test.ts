import { describe, expect, it } from "vitest";
import type { IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { getDashboard } from "./queries";

// A desk in Berlin (UTC+1 in January) on 31 January 2026, over the custom range 10-16 January.
const NOW = new Date("2026-01-31T12:00:00Z");
const RANGE = { range: "custom", from: "2026-01-10", to: "2026-01-16", granularity: "day" } as const;
const MINUTE = 60;
const HOUR = 3_600;

type Fixture = { severity: IncidentSeverity; status: IncidentStatus; declaredAt: string; acknowledged?: number; resolved?: number };

async function seedIncidents(workspaceId: string, commanderId: string, incidents: Fixture[]) {
  const later = (from: string, seconds: number | undefined) =>
    seconds === undefined ? null : new Date(Date.parse(from) + seconds * 1000);
  await db.incident.createMany({
    data: incidents.map((incident, index) => ({
      workspaceId,
      number: index + 1,
      title: `Incident ${index + 1}`,
      severity: incident.severity,
      status: incident.status,
      declaredAt: new Date(incident.declaredAt),
      acknowledgedAt: later(incident.declaredAt, incident.acknowledged),
      resolvedAt: later(incident.declaredAt, incident.resolved),
      closedAt: incident.status === "CLOSED" ? later(incident.declaredAt, (incident.resolved ?? 0) + HOUR) : null,
      commanderId,
      declaredById: commanderId,
    })),
  });
}

async function desk() {
  const workspace = await createWorkspace({ reportTimeZone: "Europe/Berlin" });
  const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
  await seedIncidents(workspace.id, manager.userId, [
    // SEV2: acknowledged after 10, 20, 60 and 30 min; resolved after 2, 4 and 10 h; one still monitored.
    { severity: "SEV2", status: "RESOLVED", declaredAt: "2026-01-10T08:00:00Z", acknowledged: 10 * MINUTE, resolved: 2 * HOUR },
    { severity: "SEV2", status: "RESOLVED", declaredAt: "2026-01-12T10:00:00Z", acknowledged: 20 * MINUTE, resolved: 4 * HOUR },
    { severity: "SEV2", status: "CLOSED", declaredAt: "2026-01-14T10:00:00Z", acknowledged: 60 * MINUTE, resolved: 10 * HOUR },
    { severity: "SEV2", status: "MONITORING", declaredAt: "2026-01-15T10:00:00Z", acknowledged: 30 * MINUTE },
    // SEV1: 00:30 on 11 January in Berlin; and 00:30 on the 10th (still the 9th in UTC): both in range.
    { severity: "SEV1", status: "RESOLVED", declaredAt: "2026-01-10T23:30:00Z", acknowledged: 5 * MINUTE, resolved: HOUR },
    { severity: "SEV1", status: "RESOLVED", declaredAt: "2026-01-09T23:30:00Z", acknowledged: 15 * MINUTE, resolved: 3 * HOUR },
    // 00:30 on 17 January in Berlin (the 16th in UTC): after the range; open, not yet acknowledged.
    { severity: "SEV1", status: "INVESTIGATING", declaredAt: "2026-01-16T23:30:00Z" },
    // Long before the range, still open.
    { severity: "SEV3", status: "INVESTIGATING", declaredAt: "2025-12-01T10:00:00Z" },
  ]);
  // Another workspace's incident in the range, slow and open: in none of the figures.
  const other = await createWorkspace({ reportTimeZone: "Europe/Berlin" });
  const { actor: otherManager } = await createUser({ role: "MANAGER", workspaceId: other.id });
  await seedIncidents(other.id, otherManager.userId, [
    { severity: "SEV2", status: "MONITORING", declaredAt: "2026-01-12T10:00:00Z", acknowledged: 9 * HOUR },
    { severity: "SEV2", status: "RESOLVED", declaredAt: "2026-01-12T11:00:00Z", acknowledged: 9 * HOUR, resolved: 90 * HOUR },
  ]);
  return { manager };
}

describe("dashboard incident metrics", () => {
  it("counts the incidents declared in the range's report days, by severity", async () => {
    const { manager } = await desk();
    const { incidents } = (await getDashboard(manager, RANGE, NOW)).data;
    expect(incidents.bySeverity.map((row) => [row.severity, row.declared])).toEqual([["SEV1", 2], ["SEV2", 4], ["SEV3", 0], ["SEV4", 0]]);
    expect(incidents.total.declared).toBe(6);
  });

  it("gives the exact median and p90 of the times to acknowledge and to resolve", async () => {
    const { manager } = await desk();
    const { incidents } = (await getDashboard(manager, RANGE, NOW)).data;
    const sev1 = incidents.bySeverity[0]!;
    const sev2 = incidents.bySeverity[1]!;
    // 600, 1200, 1800, 3600 s: the median halfway between the middle two, p90 at 2.7 of 3 steps.
    expect(sev2.acknowledge.count).toBe(4);
    expect(sev2.acknowledge.p50).toBeCloseTo(1_500, 6);
    expect(sev2.acknowledge.p90).toBeCloseTo(1_800 + 0.7 * 1_800, 6);
    // 7200, 14400, 36000 s; the monitored one has no resolution yet.
    expect(sev2.resolve).toMatchObject({ count: 3, p50: 14_400 });
    expect(sev2.resolve.p90).toBeCloseTo(14_400 + 0.8 * 21_600, 6);
    expect(sev1.acknowledge.p50).toBeCloseTo(600, 6);
    expect(sev1.acknowledge.p90).toBeCloseTo(840, 6);
    expect(sev1.resolve.p50).toBeCloseTo(7_200, 6);
    expect(sev1.resolve.p90).toBeCloseTo(10_080, 6);
    // All six: 300, 600, 900, 1200, 1800, 3600 s; resolved: 3600, 7200, 10800, 14400, 36000 s.
    expect(incidents.total.acknowledge.count).toBe(6);
    expect(incidents.total.acknowledge.p50).toBeCloseTo(1_050, 6);
    expect(incidents.total.acknowledge.p90).toBeCloseTo(2_700, 6);
    expect(incidents.total.resolve.count).toBe(5);
    expect(incidents.total.resolve.p50).toBeCloseTo(10_800, 6);
    expect(incidents.total.resolve.p90).toBeCloseTo(27_360, 6);
    expect(incidents.bySeverity[3]).toMatchObject({ declared: 0, acknowledge: { count: 0, p50: null, p90: null }, resolve: { count: 0, p50: null, p90: null } });
  });

  it("counts the incidents open now, whenever declared, by severity and status", async () => {
    const { manager } = await desk();
    const { incidents } = (await getDashboard(manager, RANGE, NOW)).data;
    expect(incidents.bySeverity.map((row) => row.openNow)).toEqual([1, 1, 1, 0]);
    expect(incidents.total.openNow).toBe(3);
    expect(incidents.open).toEqual([
      { severity: "SEV1", status: "INVESTIGATING", count: 1 },
      { severity: "SEV2", status: "MONITORING", count: 1 },
      { severity: "SEV3", status: "INVESTIGATING", count: 1 },
    ]);
  });

  it("shows an incident change at once, though the ticket figures are reused", async () => {
    const { manager } = await desk();
    await getDashboard(manager, RANGE, NOW);
    await db.incident.updateMany({ where: { workspaceId: manager.workspaceId, status: "MONITORING" }, data: { status: "RESOLVED", resolvedAt: NOW } });
    const { incidents } = (await getDashboard(manager, RANGE, NOW)).data;
    expect(incidents.total.openNow).toBe(2);
    expect(incidents.total.resolve.count).toBe(6);
  });
});
