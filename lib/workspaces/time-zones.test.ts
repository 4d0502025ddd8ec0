import { describe, expect, it } from "vitest";
import { createWorkspaceSchema } from "./schemas";
import { selectableTimeZones } from "./time-zones";

describe("selectableTimeZones", () => {
  it("offers UTC first, each zone once, and only zones the workspace schema accepts", () => {
    const zones = selectableTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(new Set(zones).size).toBe(zones.length);
    const refused = zones.filter((zone) => !createWorkspaceSchema.safeParse({ name: "Desk", slug: "desk", reportTimeZone: zone }).success);
    expect(refused).toEqual([]);
  });
});
