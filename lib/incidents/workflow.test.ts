import { describe, expect, it } from "vitest";
import { IncidentStatus } from "@/lib/generated/prisma/enums";
import { CLOSE_REFUSED_MESSAGE, CLOSE_UNRESOLVED_MESSAGE, stageTimestamps, transitionRefusal } from "./workflow";

const { INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED, CLOSED } = IncidentStatus;
const STATUSES = [INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED, CLOSED] as const;

/** Every move between two different statuses, written out by hand: the allowed targets of each. */
const ALLOWED: Record<IncidentStatus, IncidentStatus[]> = {
  INVESTIGATING: [IDENTIFIED, MONITORING, RESOLVED],
  IDENTIFIED: [INVESTIGATING, MONITORING, RESOLVED],
  MONITORING: [INVESTIGATING, RESOLVED],
  RESOLVED: [INVESTIGATING],
  CLOSED: [],
};

describe("the incident workflow", () => {
  it.each(STATUSES.flatMap((from) => STATUSES.filter((to) => to !== from).map((to) => ({ from, to }))))(
    "answers whether $from may move to $to",
    ({ from, to }) => {
      expect(transitionRefusal(from, to) === null).toBe(ALLOWED[from].includes(to));
    },
  );

  it("refuses closing a resolved incident with a message pointing at the review, until the review is written or skipped", () => {
    expect(transitionRefusal(RESOLVED, CLOSED)).toBe(CLOSE_REFUSED_MESSAGE);
    expect(transitionRefusal(RESOLVED, CLOSED, true)).toBeNull();
  });

  it("refuses closing an incident that is not resolved, review or not", () => {
    for (const from of [INVESTIGATING, IDENTIFIED, MONITORING]) {
      expect(transitionRefusal(from, CLOSED)).toBe(CLOSE_UNRESOLVED_MESSAGE);
      expect(transitionRefusal(from, CLOSED, true)).toBe(CLOSE_UNRESOLVED_MESSAGE);
    }
  });

  it("stamps the closing time on closing", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    const then = new Date("2026-12-06T11:00:00Z");
    expect(stageTimestamps({ acknowledgedAt: then, mitigatedAt: then, resolvedAt: then }, CLOSED, now)).toEqual({ closedAt: now });
  });

  it("stamps each stage reached for the first time, skipped ones included, and keeps earlier stamps", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    const earlier = new Date("2026-12-06T11:00:00Z");
    const none = { acknowledgedAt: null, mitigatedAt: null, resolvedAt: null };
    expect(stageTimestamps(none, IDENTIFIED, now)).toEqual({ acknowledgedAt: now });
    expect(stageTimestamps(none, RESOLVED, now)).toEqual({ acknowledgedAt: now, mitigatedAt: now, resolvedAt: now });
    expect(stageTimestamps({ ...none, acknowledgedAt: earlier }, MONITORING, now)).toEqual({ mitigatedAt: now });
  });

  it("clears only the resolution time on a return to investigating", () => {
    const then = new Date("2026-12-06T11:00:00Z");
    expect(stageTimestamps({ acknowledgedAt: then, mitigatedAt: then, resolvedAt: then }, INVESTIGATING, new Date())).toEqual({ resolvedAt: null });
    expect(stageTimestamps({ acknowledgedAt: then, mitigatedAt: null, resolvedAt: null }, INVESTIGATING, new Date())).toEqual({});
  });
});
