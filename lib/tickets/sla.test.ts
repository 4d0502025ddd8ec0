import { describe, expect, it } from "vitest";
import { DEFAULT_SLA_TARGETS } from "@/lib/sla/schemas";
import { parseSlaSettings, slaEventsOf } from "./sla";

describe("a workspace's SLA settings", () => {
  it("falls back to the default targets and a 24/7 clock when nothing is stored", () => {
    expect(parseSlaSettings({ slaTargets: null, businessCalendar: null, slaRevision: 1 })).toEqual({
      targets: DEFAULT_SLA_TARGETS,
      calendar: null,
      revision: 1,
    });
  });

  it("falls back rather than failing when the stored JSON no longer parses", () => {
    expect(parseSlaSettings({ slaTargets: { URGENT: "soon" }, businessCalendar: { timeZone: "Mars/Olympus" }, slaRevision: 2 })).toEqual({
      targets: DEFAULT_SLA_TARGETS,
      calendar: null,
      revision: 2,
    });
  });

  it("uses valid stored targets and calendar", () => {
    const targets = { ...DEFAULT_SLA_TARGETS, LOW: { firstResponseMinutes: 10, resolutionMinutes: 20 } };
    const calendar = { timeZone: "Europe/Berlin", weeklyHours: [[], [{ start: "09:00", end: "17:00" }], [], [], [], [], []], holidays: [] };
    expect(parseSlaSettings({ slaTargets: targets, businessCalendar: calendar, slaRevision: 3 })).toEqual({ targets, calendar, revision: 3 });
  });
});

describe("the events the SLA clock reads", () => {
  it("keeps status and priority changes in time order with the first response among them", () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
    const events = [
      { type: "STATUS_CHANGED", fromValue: "NEW", toValue: "OPEN", createdAt: at(1) },
      { type: "ASSIGNEE_CHANGED", fromValue: null, toValue: "someone", createdAt: at(2) },
      { type: "PRIORITY_CHANGED", fromValue: "MEDIUM", toValue: "HIGH", createdAt: at(5) },
    ];
    expect(slaEventsOf(events, at(3))).toEqual([
      { at: at(1), type: "status", to: "OPEN" },
      { at: at(3), type: "first_response" },
      { at: at(5), type: "priority", to: "HIGH" },
    ]);
  });
});
