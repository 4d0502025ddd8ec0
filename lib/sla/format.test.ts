import { describe, expect, it } from "vitest";
import { describeDue, formatDuration } from "./format";
import type { ResolutionSla, SlaState } from "./state";
import { utc } from "./test-calendars";

const NOW = utc("2026-03-02T12:00:00");
const minutesFromNow = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function withResolution(resolution: Partial<ResolutionSla>): SlaState {
  return {
    firstResponse: { dueAt: minutesFromNow(60), achievedAt: null, breached: false },
    resolution: {
      dueAt: minutesFromNow(130),
      isPaused: false,
      resolvedAt: null,
      breached: false,
      remainingMinutes: 130,
      atRisk: false,
      ...resolution,
    },
  };
}

describe("formatDuration", () => {
  it("writes minutes, hours and days the way badges show them", () => {
    expect(formatDuration(30_000)).toBe("under a minute");
    expect(formatDuration(35 * 60_000)).toBe("35 min");
    expect(formatDuration(120 * 60_000)).toBe("2 h");
    expect(formatDuration(130 * 60_000 + 59_000)).toBe("2 h 10 min");
    expect(formatDuration(47 * 3_600_000)).toBe("47 h");
    expect(formatDuration(76 * 3_600_000)).toBe("3 d 4 h");
    expect(formatDuration(72 * 3_600_000)).toBe("3 d");
  });
});

describe("describeDue", () => {
  it("says how long until a running deadline", () => {
    expect(describeDue(withResolution({}), NOW)).toEqual({ text: "due in 2 h 10 min", tone: "ok" });
  });

  it("uses the at-risk tone when the clock is at risk", () => {
    const state = withResolution({ dueAt: minutesFromNow(40), remainingMinutes: 40, atRisk: true });
    expect(describeDue(state, NOW)).toEqual({ text: "due in 40 min", tone: "at_risk" });
  });

  it("says how long ago a missed deadline passed", () => {
    const state = withResolution({ dueAt: minutesFromNow(-35), remainingMinutes: -35, breached: true });
    expect(describeDue(state, NOW)).toEqual({ text: "overdue by 35 min", tone: "breached" });
  });

  it("shows a paused clock as paused, unless it was already overdue", () => {
    expect(describeDue(withResolution({ dueAt: null, isPaused: true }), NOW)).toEqual({ text: "paused", tone: "paused" });
    const overdue = withResolution({ dueAt: null, isPaused: true, breached: true, remainingMinutes: -10 });
    expect(describeDue(overdue, NOW)).toEqual({ text: "overdue, paused", tone: "breached" });
  });

  it("says whether a resolved ticket met its deadline", () => {
    const met = withResolution({ resolvedAt: minutesFromNow(-60), dueAt: minutesFromNow(-30), remainingMinutes: null });
    expect(describeDue(met, NOW)).toEqual({ text: "met", tone: "met" });
    const missed = withResolution({
      resolvedAt: minutesFromNow(-60),
      dueAt: minutesFromNow(-125),
      remainingMinutes: null,
      breached: true,
    });
    expect(describeDue(missed, NOW)).toEqual({ text: "missed by 1 h 5 min", tone: "breached" });
  });
});
