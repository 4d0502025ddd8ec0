import { describe, expect, it } from "vitest";
import { formatIncidentTime, fromWallTime, toWallTime } from "./wall-time";

describe("incident times on the workspace's clock", () => {
  it("reads and writes a wall time in the zone, both ways", () => {
    const instant = new Date("2026-12-06T13:02:00Z");
    expect(toWallTime(instant, "Europe/Berlin")).toBe("2026-12-06T14:02");
    expect(fromWallTime("2026-12-06T14:02", "Europe/Berlin")).toEqual(instant);
    expect(formatIncidentTime(instant, "Europe/Berlin")).toBe("6 Dec 2026, 14:02");
    expect(fromWallTime("2026-07-01T09:30", "America/New_York")).toEqual(new Date("2026-07-01T13:30:00Z"));
  });

  it("refuses what is not a datetime-local value", () => {
    for (const wall of ["", "2026-12-06", "2026-13-40T25:99", "yesterday"]) expect(fromWallTime(wall, "UTC")).toBeNull();
  });
});
