import { describe, expect, it } from "vitest";
import { DEFAULT_SLA_TARGETS, businessCalendarSchema, slaCalendarSettingSchema, slaTargetsSchema } from "./schemas";
import { NINE_TO_FIVE, calendarWith } from "./test-calendars";

describe("slaTargetsSchema", () => {
  it("accepts the defaults", () => {
    expect(slaTargetsSchema.parse(DEFAULT_SLA_TARGETS)).toEqual(DEFAULT_SLA_TARGETS);
  });

  it("rejects fractional, zero, too long and missing targets", () => {
    const withMedium = (medium: unknown) => ({ ...DEFAULT_SLA_TARGETS, MEDIUM: medium });
    expect(slaTargetsSchema.safeParse(withMedium({ firstResponseMinutes: 1.5, resolutionMinutes: 60 })).success).toBe(false);
    expect(slaTargetsSchema.safeParse(withMedium({ firstResponseMinutes: 0, resolutionMinutes: 60 })).success).toBe(false);
    expect(slaTargetsSchema.safeParse(withMedium({ firstResponseMinutes: 60, resolutionMinutes: 600_000 })).success).toBe(
      false,
    );
    expect(slaTargetsSchema.safeParse({ ...DEFAULT_SLA_TARGETS, LOW: undefined }).success).toBe(false);
  });

  it("rejects a first-response target longer than the resolution target", () => {
    const result = slaTargetsSchema.safeParse({
      ...DEFAULT_SLA_TARGETS,
      HIGH: { firstResponseMinutes: 600, resolutionMinutes: 480 },
    });
    expect(result.error?.issues[0]?.path).toEqual(["HIGH", "firstResponseMinutes"]);
  });
});

describe("businessCalendarSchema", () => {
  const office = calendarWith("Europe/Berlin", NINE_TO_FIVE, { holidays: ["2026-12-25"] });

  it("accepts office hours, a lunch break, hours to midnight and holidays", () => {
    expect(businessCalendarSchema.parse(office)).toEqual(office);
    const split = calendarWith("America/New_York", [
      { start: "09:00", end: "12:00" },
      { start: "12:00", end: "24:00" },
    ]);
    expect(businessCalendarSchema.safeParse(split).success).toBe(true);
  });

  it("accepts null as round-the-clock in the workspace setting", () => {
    expect(slaCalendarSettingSchema.parse(null)).toBeNull();
  });

  it("rejects unknown time zones", () => {
    expect(businessCalendarSchema.safeParse({ ...office, timeZone: "Mars/Olympus_Mons" }).success).toBe(false);
  });

  it("rejects malformed, reversed and overlapping intervals", () => {
    const invalid = [
      [{ start: "9:00", end: "17:00" }],
      [{ start: "24:00", end: "24:00" }],
      [{ start: "17:00", end: "09:00" }],
      [
        { start: "13:00", end: "17:00" },
        { start: "09:00", end: "13:30" },
      ],
    ];
    for (const hours of invalid) {
      expect(businessCalendarSchema.safeParse(calendarWith("UTC", hours)).success).toBe(false);
    }
  });

  it("rejects a week with no hours, a week of the wrong length and impossible holidays", () => {
    expect(businessCalendarSchema.safeParse(calendarWith("UTC", NINE_TO_FIVE, { weekdays: [] })).success).toBe(false);
    expect(businessCalendarSchema.safeParse({ ...office, weeklyHours: office.weeklyHours.slice(1) }).success).toBe(false);
    expect(businessCalendarSchema.safeParse({ ...office, holidays: ["2026-02-30"] }).success).toBe(false);
  });
});
