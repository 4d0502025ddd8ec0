import { describe, expect, it } from "vitest";
import {
  describeChange,
  describePendingDays,
  formatCount,
  formatDay,
  formatDuration,
  formatHeadlineValue,
  formatPeriod,
  formatPeriodTick,
  formatShare,
  periodAxisLabel,
} from "./format";

const thirtyDays = { previousFrom: "2026-10-04", previousTo: "2026-11-02" };

describe("dashboard formatting", () => {
  it("writes durations in at most two units, rounded to the smaller", () => {
    expect(formatDuration(0)).toBe("< 1 min");
    expect(formatDuration(59)).toBe("< 1 min");
    expect(formatDuration(60)).toBe("1 min");
    expect(formatDuration(45 * 60 + 10)).toBe("45 min");
    expect(formatDuration(3_599)).toBe("1 h");
    expect(formatDuration(2 * 3_600 + 10 * 60)).toBe("2 h 10 min");
    expect(formatDuration(5 * 3_600 + 20)).toBe("5 h");
    expect(formatDuration(86_399)).toBe("1 d");
    expect(formatDuration(3 * 86_400 + 4 * 3_600 + 1_000)).toBe("3 d 4 h");
    expect(formatDuration(40 * 86_400)).toBe("40 d");
  });

  it("formats headline values by unit", () => {
    expect(formatCount(12_345)).toBe("12,345");
    expect(formatShare(0.1234)).toBe("12.3 %");
    expect(formatHeadlineValue({ unit: "count", value: 1_200 })).toBe("1,200");
    expect(formatHeadlineValue({ unit: "seconds", value: 7_800 })).toBe("2 h 10 min");
    expect(formatHeadlineValue({ unit: "share", value: 0.05 })).toBe("5.0 %");
    expect(formatHeadlineValue({ unit: "count", value: null })).toBe("—");
  });

  it("calls a fall good news when lower is better, and names the previous range's length", () => {
    const change = describeChange({ unit: "seconds", better: "lower", value: 82, previous: 100 }, thirtyDays);
    expect(change).toEqual({ text: "\u221218 % vs previous 30 days", tone: "good", direction: "down" });
    expect(describeChange({ unit: "count", better: "higher", value: 82, previous: 100 }, thirtyDays).tone).toBe("bad");
    expect(describeChange({ unit: "count", better: "higher", value: 150, previous: 100 }, thirtyDays)).toEqual({
      text: "+50 % vs previous 30 days",
      tone: "good",
      direction: "up",
    });
  });

  it("stays neutral without a direction, without earlier data or without a change", () => {
    expect(describeChange({ unit: "count", better: null, value: 150, previous: 100 }, thirtyDays).tone).toBe("neutral");
    expect(describeChange({ unit: "count", better: "higher", value: 5, previous: 0 }, thirtyDays)).toEqual({
      text: "no earlier data",
      tone: "neutral",
      direction: "none",
    });
    expect(describeChange({ unit: "count", better: "higher", value: 5, previous: null }, thirtyDays).text).toBe("no earlier data");
    expect(describeChange({ unit: "count", better: "higher", value: 100, previous: 100 }, thirtyDays)).toEqual({
      text: "no change vs previous 30 days",
      tone: "neutral",
      direction: "none",
    });
  });

  it("compares shares in percentage points, from zero too", () => {
    expect(describeChange({ unit: "share", better: "lower", value: 0.03, previous: 0.02 }, thirtyDays)).toEqual({
      text: "+1.0 pp vs previous 30 days",
      tone: "bad",
      direction: "up",
    });
    expect(describeChange({ unit: "share", better: "lower", value: 0, previous: 0.05 }, thirtyDays).text).toBe(
      "\u22125.0 pp vs previous 30 days",
    );
    expect(describeChange({ unit: "share", better: "lower", value: 0.05, previous: 0 }, thirtyDays).tone).toBe("bad");
  });

  it("labels periods by granularity", () => {
    expect(formatPeriod("2026-11-03", "day")).toBe("Nov 3");
    expect(formatPeriod("2026-11-02", "week")).toBe("Week of Nov 2");
    expect(formatPeriod("2026-11-01", "month")).toBe("Nov 2026");
    expect(formatPeriodTick("2026-11-02", "week")).toBe("Nov 2");
    expect(formatPeriodTick("2026-11-01", "month")).toBe("Nov 2026");
    expect(periodAxisLabel("week")).toBe("Week (from Monday)");
    expect(formatDay("2026-01-09")).toBe("Jan 9");
  });

  it("announces pending days only while there are some", () => {
    expect(describePendingDays(0)).toBeNull();
    expect(describePendingDays(1)).toBe("Reports are catching up: 1 day of changes is still being counted.");
    expect(describePendingDays(3)).toBe("Reports are catching up: 3 days of changes are still being counted.");
  });
});
