import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { getSeverityDescriptions } from "@/lib/incidents/queries";
import { DEFAULT_SEVERITY_DESCRIPTIONS } from "@/lib/incidents/severity";
import { db } from "@/lib/test/db";
import { createStaff } from "@/lib/test/incident-factories";
import { incidentSettingsSchema } from "./schemas";
import { getIncidentSettings, updateIncidentSettings } from "./settings";

describe("the incident settings", () => {
  it("turns the status page on and rewrites a severity, audited, storing only what differs from the default", async () => {
    const { actor: admin } = await createStaff({ role: "ADMIN" });
    const before = await getIncidentSettings(admin);
    expect(before).toEqual({ statusPageEnabled: false, severities: DEFAULT_SEVERITY_DESCRIPTIONS });
    const input = { statusPageEnabled: true, severities: { ...before.severities, SEV1: "Everything is on fire." } };
    expect(await updateIncidentSettings(admin, input)).toEqual({ changed: true });
    expect(await getIncidentSettings(admin)).toEqual(input);
    expect((await getSeverityDescriptions(admin)).SEV1).toBe("Everything is on fire.");
    const stored = await db.workspace.findUniqueOrThrow({ where: { id: admin.workspaceId }, select: { incidentSeverities: true } });
    expect(stored.incidentSeverities).toEqual({ SEV1: "Everything is on fire." });
    const [entry] = await db.auditLog.findMany({ where: { workspaceId: admin.workspaceId, action: "workspace.incident_settings_changed" } });
    expect(entry?.metadata).toMatchObject({ statusPageEnabled: { from: false, to: true }, severities: { to: { SEV1: "Everything is on fire." } } });
    expect(await updateIncidentSettings(admin, input)).toEqual({ changed: false });
  });

  it("is not found for anyone but an admin", async () => {
    const { actor: manager } = await createStaff({ role: "MANAGER" });
    await expect(getIncidentSettings(manager)).rejects.toThrow(NotFoundError);
    await expect(updateIncidentSettings(manager, { statusPageEnabled: true, severities: DEFAULT_SEVERITY_DESCRIPTIONS })).rejects.toThrow(NotFoundError);
  });

  it("refuses an empty or overlong description", () => {
    const severities = { ...DEFAULT_SEVERITY_DESCRIPTIONS, SEV2: " " };
    expect(incidentSettingsSchema.safeParse({ statusPageEnabled: true, severities }).success).toBe(false);
    expect(incidentSettingsSchema.safeParse({ statusPageEnabled: true, severities: { ...severities, SEV2: "x".repeat(501) } }).success).toBe(false);
  });
});
