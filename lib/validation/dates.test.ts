import { describe, expect, it } from "vitest";
import { daySchema, instantSchema } from "./dates";

describe("the date range rule", () => {
  it("takes real days from 1970-01-01 to 9999-12-30 and refuses the rest with a message", () => {
    for (const day of ["1970-01-01", "2026-02-28", "2028-02-29", "9999-12-30"]) expect(daySchema.safeParse(day).success, day).toBe(true);
    for (const day of ["0000-01-01", "1969-12-31", "9999-12-31", "2026-02-30", "+275760-09-13", "2026-1-1", "2026-01-01T00:00:00Z"]) {
      const result = daySchema.safeParse(day);
      expect(result.success, day).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/date/);
    }
  });

  it("takes instants as toISOString writes them, within the same range", () => {
    expect(instantSchema.parse("2026-01-02T03:04:05.006Z")).toEqual(new Date("2026-01-02T03:04:05.006Z"));
    for (const instant of ["0000-01-01T00:00:00.000Z", "9999-12-31T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", "1", "0"]) {
      expect(instantSchema.safeParse(instant).success, instant).toBe(false);
    }
  });
});
