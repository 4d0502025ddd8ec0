import { describe, expect, it } from "vitest";
import { addBusinessMinutes, businessMinutesBetween } from "./calendar";
import { EVERY_DAY, NINE_TO_FIVE, WHOLE_DAY, calendarWith, utc } from "./test-calendars";

const SUNDAY = [0];
const SATURDAY = [6];

describe("Europe/Berlin daylight-saving changes", () => {
  it("counts 23 hours on the spring-forward Sunday (2026-03-29) of a round-the-clock calendar", () => {
    const always = calendarWith("Europe/Berlin", WHOLE_DAY, { weekdays: EVERY_DAY });
    expect(businessMinutesBetween(utc("2026-03-28T23:00:00"), utc("2026-03-29T22:00:00"), always)).toBe(23 * 60);
  });

  it("skips the missing hour 02:00–03:00 when opening hours cover it", () => {
    const earlySunday = calendarWith("Europe/Berlin", [{ start: "01:00", end: "04:00" }], { weekdays: SUNDAY });
    expect(businessMinutesBetween(utc("2026-03-28T00:00:00"), utc("2026-03-30T00:00:00"), earlySunday)).toBe(120);
    // 01:00 CET + 90 min: one hour to 02:00 CET, which is already 03:00 CEST, then 30 min more.
    expect(addBusinessMinutes(utc("2026-03-29T00:00:00"), 90, earlySunday)).toEqual(utc("2026-03-29T01:30:00"));
  });

  it("counts the repeated hour twice on the fall-back Sunday (2026-10-25)", () => {
    const earlySunday = calendarWith("Europe/Berlin", [{ start: "01:00", end: "04:00" }], { weekdays: SUNDAY });
    expect(businessMinutesBetween(utc("2026-10-24T00:00:00"), utc("2026-10-26T00:00:00"), earlySunday)).toBe(240);
    // 01:00 CEST (23:00Z) + 150 min reaches 02:30 for the second time, in CET.
    expect(addBusinessMinutes(utc("2026-10-24T23:00:00"), 150, earlySunday)).toEqual(utc("2026-10-25T01:30:00"));
  });

  it("keeps office hours at local 09:00–17:00 across the spring weekend", () => {
    const office = calendarWith("Europe/Berlin", NINE_TO_FIVE);
    // Friday 27 March 16:00 CET (15:00Z) + 2 h → Monday 30 March 10:00 CEST (08:00Z).
    expect(addBusinessMinutes(utc("2026-03-27T15:00:00"), 120, office)).toEqual(utc("2026-03-30T08:00:00"));
  });

  it("keeps office hours at local 09:00–17:00 across the autumn weekend", () => {
    const office = calendarWith("Europe/Berlin", NINE_TO_FIVE);
    // Friday 23 October 16:00 CEST (14:00Z) + 2 h → Monday 26 October 10:00 CET (09:00Z).
    expect(addBusinessMinutes(utc("2026-10-23T14:00:00"), 120, office)).toEqual(utc("2026-10-26T09:00:00"));
    expect(businessMinutesBetween(utc("2026-10-23T14:00:00"), utc("2026-10-26T09:00:00"), office)).toBe(120);
  });
});

describe("America/New_York daylight-saving changes", () => {
  const always = calendarWith("America/New_York", WHOLE_DAY, { weekdays: EVERY_DAY });

  it("counts 23 hours on 2026-03-08 and 25 hours on 2026-11-01", () => {
    expect(businessMinutesBetween(utc("2026-03-08T05:00:00"), utc("2026-03-09T04:00:00"), always)).toBe(23 * 60);
    expect(businessMinutesBetween(utc("2026-11-01T04:00:00"), utc("2026-11-02T05:00:00"), always)).toBe(25 * 60);
  });

  it("lands on the exact instant after the spring gap", () => {
    // 01:30 EST (06:30Z) + 60 min is 03:30 EDT (07:30Z): 02:00–03:00 never happens.
    expect(addBusinessMinutes(utc("2026-03-08T06:30:00"), 60, always)).toEqual(utc("2026-03-08T07:30:00"));
  });

  it("counts 01:00–02:00 twice when the clocks fall back", () => {
    const lateNight = calendarWith("America/New_York", [{ start: "00:00", end: "03:00" }], { weekdays: SUNDAY });
    expect(businessMinutesBetween(utc("2026-10-31T00:00:00"), utc("2026-11-02T00:00:00"), lateNight)).toBe(240);
    // 00:00 EDT (04:00Z) + 150 min is 01:30 EST, the second 01:30 of the night (06:30Z).
    expect(addBusinessMinutes(utc("2026-11-01T04:00:00"), 150, lateNight)).toEqual(utc("2026-11-01T06:30:00"));
  });

  it("keeps office hours local across both weekends", () => {
    const office = calendarWith("America/New_York", NINE_TO_FIVE);
    // Friday 6 March 16:00 EST (21:00Z) + 2 h → Monday 9 March 10:00 EDT (14:00Z).
    expect(addBusinessMinutes(utc("2026-03-06T21:00:00"), 120, office)).toEqual(utc("2026-03-09T14:00:00"));
    // Friday 30 October 16:00 EDT (20:00Z) + 2 h → Monday 2 November 10:00 EST (15:00Z).
    expect(addBusinessMinutes(utc("2026-10-30T20:00:00"), 120, office)).toEqual(utc("2026-11-02T15:00:00"));
  });
});

describe("zones that change their clocks at midnight", () => {
  it("counts a Saturday that repeats 23:00–24:00 as 25 hours, in time order (America/Santiago, 2026-04-04)", () => {
    const saturdays = calendarWith("America/Santiago", WHOLE_DAY, { weekdays: SATURDAY });
    expect(businessMinutesBetween(utc("2026-04-04T00:00:00"), utc("2026-04-06T00:00:00"), saturdays)).toBe(25 * 60);
    // Opens at 00:00 −03 (03:00Z); 24 h 30 min later is the second 23:30 of the night, at −04.
    expect(addBusinessMinutes(utc("2026-04-04T00:00:00"), 24 * 60 + 30, saturdays)).toEqual(utc("2026-04-05T03:30:00"));
  });

  it("counts a Sunday that starts at 01:00 as 23 hours (America/Santiago, 2026-09-06)", () => {
    const sundays = calendarWith("America/Santiago", WHOLE_DAY, { weekdays: SUNDAY });
    expect(businessMinutesBetween(utc("2026-09-05T00:00:00"), utc("2026-09-08T00:00:00"), sundays)).toBe(23 * 60);
    expect(addBusinessMinutes(utc("2026-09-05T12:00:00"), 0, sundays)).toEqual(utc("2026-09-05T12:00:00"));
    expect(addBusinessMinutes(utc("2026-09-05T12:00:00"), 1, sundays)).toEqual(utc("2026-09-06T04:01:00"));
  });
});
