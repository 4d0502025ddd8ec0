import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { NotFoundError } from "@/lib/errors";
import { DEFAULT_SLA_TARGETS } from "@/lib/sla/schemas";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { updateSlaSettings } from "./mutations";
import { getSlaSettingsForm } from "./queries";
import { slaSettingsSchema, toSlaSettingsForm } from "./sla-schemas";

const defaults = () => toSlaSettingsForm({ slaTargets: null, businessCalendar: null, clientReopenDays: 14 });

describe("SLA settings", () => {
  it("counts report days in UTC again when the SLA runs around the clock", async () => {
    const workspace = await createWorkspace({ reportTimeZone: "Asia/Tokyo" });
    const { actor } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    await updateSlaSettings(actor, slaSettingsSchema.parse(defaults()));
    expect(await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).toMatchObject({ reportTimeZone: "UTC" });
  });

  it("shows the defaults for a workspace that has set nothing", async () => {
    const { actor } = await createUser({ role: "ADMIN" });
    const form = await getSlaSettingsForm(actor);
    expect(form.targets.URGENT).toEqual({ firstResponseHours: 1, resolutionHours: 4 });
    expect(form.targets.LOW.resolutionHours).toBe(72);
    expect(form).toMatchObject({ usesBusinessHours: false, clientReopenDays: 14 });
  });

  it("stores targets in minutes and a calendar with one interval per open day, audited", async () => {
    const workspace = await createWorkspace();
    const { actor } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const input = {
      ...defaults(),
      targets: { ...defaults().targets, URGENT: { firstResponseHours: 0.5, resolutionHours: 2 } },
      usesBusinessHours: true,
      timeZone: "Europe/Berlin",
      holidays: "2026-12-25\n2026-12-26",
      clientReopenDays: 7,
    };
    await updateSlaSettings(actor, slaSettingsSchema.parse(input));

    const stored = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } });
    expect(stored.slaTargets).toMatchObject({ URGENT: { firstResponseMinutes: 30, resolutionMinutes: 120 }, LOW: DEFAULT_SLA_TARGETS.LOW });
    // Reports count days in the business-hours zone.
    expect(stored.reportTimeZone).toBe("Europe/Berlin");
    expect(stored.businessCalendar).toEqual({
      timeZone: "Europe/Berlin",
      weeklyHours: [[], ...Array(5).fill([{ start: "09:00", end: "17:00" }]), []],
      holidays: ["2026-12-25", "2026-12-26"],
    });
    expect(stored.clientReopenDays).toBe(7);
    expect(await getSlaSettingsForm(actor)).toEqual(slaSettingsSchema.parse(input));
    expect(await db.auditLog.count({ where: { workspaceId: workspace.id, action: "workspace.sla_changed" } })).toBe(1);
  });

  it("explains invalid input under the field it belongs to", () => {
    const input = defaults();
    input.targets.HIGH = { firstResponseHours: 10, resolutionHours: 8 };
    input.usesBusinessHours = true;
    input.days[1] = { isOpen: true, start: "17:00", end: "09:00" };
    input.holidays = "2026-02-30";
    const result = slaSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["targets.HIGH.firstResponseHours", "days.1.end", "holidays"]));
  });

  it("is for admins only", async () => {
    const { actor } = await createUser({ role: "MANAGER" });
    await expect(getSlaSettingsForm(actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateSlaSettings(actor, defaults())).rejects.toBeInstanceOf(NotFoundError);
  });
});
