import { describe, expect, it } from "vitest";
import { MAX_CALENDAR_SPAN_DAYS, addBusinessMinutes, businessMinutesBetween } from "./calendar";
import { EVERY_DAY, NINE_TO_FIVE, calendarWith, seededRandom, utc } from "./test-calendars";

const berlinOffice = calendarWith("Europe/Berlin", NINE_TO_FIVE);
const berlinWithLunch = calendarWith("Europe/Berlin", [
  { start: "09:00", end: "12:00" },
  { start: "13:00", end: "17:00" },
]);

describe("without a calendar (24/7)", () => {
  it("adds minutes as plain elapsed time", () => {
    expect(addBusinessMinutes(utc("2026-03-28T22:00:00"), 300, null)).toEqual(utc("2026-03-29T03:00:00"));
  });

  it("measures plain elapsed time, negative when the order is reversed", () => {
    expect(businessMinutesBetween(utc("2026-01-01T00:00:00"), utc("2026-01-03T01:30:00"), null)).toBe(49 * 60 + 30);
    expect(businessMinutesBetween(utc("2026-01-01T01:00:00"), utc("2026-01-01T00:00:00"), null)).toBe(-60);
  });
});

describe("with weekday office hours", () => {
  it("returns the start itself when nothing is added", () => {
    expect(addBusinessMinutes(utc("2026-03-07T12:00:00"), 0, berlinOffice)).toEqual(utc("2026-03-07T12:00:00"));
  });

  it("carries the remainder of a Friday over the weekend to Monday", () => {
    // Friday 2026-03-06 16:00 CET + 2 h → Monday 10:00 CET.
    expect(addBusinessMinutes(utc("2026-03-06T15:00:00"), 120, berlinOffice)).toEqual(utc("2026-03-09T09:00:00"));
    expect(businessMinutesBetween(utc("2026-03-06T15:00:00"), utc("2026-03-09T09:00:00"), berlinOffice)).toBe(120);
  });

  it("ends on the closing edge rather than at the next opening when the time runs out exactly", () => {
    expect(addBusinessMinutes(utc("2026-03-02T08:00:00"), 480, berlinOffice)).toEqual(utc("2026-03-02T16:00:00"));
  });

  it("starts counting at opening time when the start is before hours, after hours or on a weekend", () => {
    expect(addBusinessMinutes(utc("2026-03-02T05:00:00"), 30, berlinOffice)).toEqual(utc("2026-03-02T08:30:00"));
    expect(addBusinessMinutes(utc("2026-03-02T18:00:00"), 30, berlinOffice)).toEqual(utc("2026-03-03T08:30:00"));
    expect(addBusinessMinutes(utc("2026-03-07T10:00:00"), 30, berlinOffice)).toEqual(utc("2026-03-09T08:30:00"));
    expect(businessMinutesBetween(utc("2026-03-07T00:00:00"), utc("2026-03-08T23:00:00"), berlinOffice)).toBe(0);
  });

  it("skips holidays, including ones that run into a weekend", () => {
    const christmas = calendarWith("Europe/Berlin", NINE_TO_FIVE, { holidays: ["2026-12-24", "2026-12-25"] });
    // Wednesday 23 December 16:00 CET + 2 h → Monday 28 December 10:00 CET.
    expect(addBusinessMinutes(utc("2026-12-23T15:00:00"), 120, christmas)).toEqual(utc("2026-12-28T09:00:00"));
    expect(businessMinutesBetween(utc("2026-12-23T00:00:00"), utc("2026-12-29T00:00:00"), christmas)).toBe(16 * 60);
  });

  it("treats holidays as local dates in the calendar's time zone", () => {
    const tokyo = calendarWith("Asia/Tokyo", NINE_TO_FIVE, { holidays: ["2026-03-03"] });
    // 2026-03-02T23:00Z is already Tuesday 08:00 in Tokyo, a holiday there.
    expect(addBusinessMinutes(utc("2026-03-02T23:00:00"), 60, tokyo)).toEqual(utc("2026-03-04T01:00:00"));
  });

  it("leaves out a lunch break between two intervals of the same day", () => {
    // Monday 11:30 CET + 1 h → 12:00, lunch, then 13:00 → 13:30 CET.
    expect(addBusinessMinutes(utc("2026-03-02T10:30:00"), 60, berlinWithLunch)).toEqual(utc("2026-03-02T12:30:00"));
    expect(addBusinessMinutes(utc("2026-03-02T11:15:00"), 30, berlinWithLunch)).toEqual(utc("2026-03-02T12:30:00"));
    expect(businessMinutesBetween(utc("2026-03-02T07:00:00"), utc("2026-03-02T17:00:00"), berlinWithLunch)).toBe(7 * 60);
  });

  it("walks long spans by whole days and still lands on the exact minute", () => {
    const start = utc("2026-01-05T08:00:00");
    const fiveYearsOfWork = 5 * 52 * 5 * 8 * 60;
    const end = addBusinessMinutes(start, fiveYearsOfWork, berlinOffice);
    expect(businessMinutesBetween(start, end, berlinOffice)).toBe(fiveYearsOfWork);
    expect(end.getUTCFullYear()).toBe(2030);
  });
});

describe("limits", () => {
  it("rejects a negative amount of time to add", () => {
    expect(() => addBusinessMinutes(utc("2026-03-02T08:00:00"), -1, berlinOffice)).toThrow(RangeError);
  });

  it("gives up with a clear error when a calendar has no open time for ten years", () => {
    const mondays: string[] = [];
    for (let day = new Date(Date.UTC(2026, 0, 5)); day.getUTCFullYear() < 2037; day.setUTCDate(day.getUTCDate() + 7)) {
      mondays.push(day.toISOString().slice(0, 10));
    }
    const neverOpen = calendarWith("Europe/Berlin", NINE_TO_FIVE, { weekdays: [1], holidays: mondays });
    expect(() => addBusinessMinutes(utc("2026-01-01T00:00:00"), 1, neverOpen)).toThrow(
      new RegExp(`${MAX_CALENDAR_SPAN_DAYS} days`),
    );
    expect(() => businessMinutesBetween(utc("2026-01-01T00:00:00"), utc("2037-01-01T00:00:00"), neverOpen)).toThrow(
      RangeError,
    );
  });
});

describe("properties over random starts", () => {
  const calendars = {
    "Berlin with lunch": berlinWithLunch,
    "New York office": calendarWith("America/New_York", NINE_TO_FIVE),
    "Sydney, every day": calendarWith("Australia/Sydney", [{ start: "01:30", end: "03:30" }], { weekdays: EVERY_DAY }),
  };
  const yearStart = utc("2026-01-01T00:00:00").getTime();

  for (const [name, calendar] of Object.entries(calendars)) {
    it(`measures back exactly what was added (${name})`, () => {
      const random = seededRandom(20260329);
      for (let run = 0; run < 300; run += 1) {
        const start = new Date(yearStart + Math.floor(random() * 365 * 24 * 60) * 60_000);
        const minutes = Math.floor(random() * 6000);
        const end = addBusinessMinutes(start, minutes, calendar);
        expect(businessMinutesBetween(start, end, calendar)).toBe(minutes);
        const extra = 1 + Math.floor(random() * 600);
        expect(addBusinessMinutes(end, extra, calendar)).toEqual(addBusinessMinutes(start, minutes + extra, calendar));
      }
    });
  }
});
