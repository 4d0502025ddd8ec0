import { describe, expect, it } from "vitest";
import { formatStatusDay, formatStatusTime } from "./time";

describe("status page times", () => {
  it("shows a moment in the workspace's zone, naming the zone", () => {
    expect(formatStatusTime(new Date("2026-12-06T14:05:00Z"), "UTC")).toBe("Dec 6, 2026, 14:05 UTC");
    expect(formatStatusTime(new Date("2026-12-06T14:05:00Z"), "Europe/Berlin")).toBe("Dec 6, 2026, 15:05 GMT+1");
  });

  it("names a day in full", () => {
    expect(formatStatusDay("2026-12-01")).toBe("Tuesday, 1 December 2026");
  });
});
