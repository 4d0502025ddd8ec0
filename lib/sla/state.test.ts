import { describe, expect, it } from "vitest";
import type { TicketPriority } from "@/lib/generated/prisma/enums";
import { DEFAULT_SLA_TARGETS, type BusinessCalendar } from "./schemas";
import { computeSlaState, type SlaEvent } from "./state";
import { NINE_TO_FIVE, calendarWith, utc } from "./test-calendars";

const CREATED = utc("2026-03-02T09:00:00"); // a Monday
const hoursLater = (hours: number) => new Date(CREATED.getTime() + hours * 3_600_000);
const status = (hours: number, to: Extract<SlaEvent, { type: "status" }>["to"]): SlaEvent => ({
  at: hoursLater(hours),
  type: "status",
  to,
});
const priority = (hours: number, to: TicketPriority): SlaEvent => ({ at: hoursLater(hours), type: "priority", to });

function stateAt(
  nowHours: number,
  events: SlaEvent[],
  options: { priority?: TicketPriority; calendar?: BusinessCalendar | null; targets?: typeof DEFAULT_SLA_TARGETS } = {},
) {
  return computeSlaState({
    createdAt: CREATED,
    priority: options.priority ?? "MEDIUM",
    events,
    targets: options.targets ?? DEFAULT_SLA_TARGETS,
    calendar: options.calendar ?? null,
    now: hoursLater(nowHours),
  });
}

describe("the resolution clock", () => {
  it("is due one target after creation and counts down while the ticket is open", () => {
    const { resolution } = stateAt(2, []);
    expect(resolution).toEqual({
      dueAt: hoursLater(24),
      isPaused: false,
      resolvedAt: null,
      breached: false,
      remainingMinutes: 22 * 60,
      atRisk: false,
    });
  });

  it("is not breached at the due instant, and breached once it has passed", () => {
    expect(stateAt(24, []).resolution).toMatchObject({ breached: false, remainingMinutes: 0 });
    expect(stateAt(25, []).resolution).toMatchObject({ breached: true, remainingMinutes: -60, dueAt: hoursLater(24) });
  });

  it("pauses while waiting on the customer and shifts the due time by the pause in business time", () => {
    const office = calendarWith("UTC", NINE_TO_FIVE);
    // HIGH (8 h) from Monday 09:00: two hours run, then a wait from 11:00 to Tuesday 10:00.
    const events = [status(2, "WAITING_ON_CUSTOMER"), status(25, "OPEN")];
    const whilePaused = stateAt(6, events.slice(0, 1), { priority: "HIGH", calendar: office });
    expect(whilePaused.resolution).toMatchObject({ dueAt: null, isPaused: true, remainingMinutes: 360, atRisk: false });
    expect(stateAt(24.5, events.slice(0, 1), { priority: "HIGH", calendar: office }).resolution.remainingMinutes).toBe(360);
    const resumed = stateAt(26, events, { priority: "HIGH", calendar: office });
    expect(resumed.resolution).toMatchObject({ dueAt: utc("2026-03-03T16:00:00"), isPaused: false, remainingMinutes: 300 });
  });

  it("runs in the calendar's local office hours across the spring DST weekend", () => {
    const berlin = calendarWith("Europe/Berlin", NINE_TO_FIVE);
    const state = computeSlaState({
      createdAt: utc("2026-03-27T14:00:00"), // Friday 15:00 CET
      priority: "URGENT",
      events: [],
      targets: DEFAULT_SLA_TARGETS,
      calendar: berlin,
      now: utc("2026-03-28T12:00:00"),
    });
    // Two hours on Friday, two more from Monday 09:00 CEST (07:00Z).
    expect(state.resolution).toMatchObject({ dueAt: utc("2026-03-30T09:00:00"), remainingMinutes: 120, atRisk: false });
    expect(state.firstResponse.dueAt).toEqual(utc("2026-03-27T15:00:00"));
  });

  it("adds up several pauses", () => {
    const events = [
      status(1, "IN_PROGRESS"),
      status(3, "WAITING_ON_CUSTOMER"),
      status(5, "OPEN"),
      status(10, "WAITING_ON_CUSTOMER"),
      status(13, "IN_PROGRESS"),
    ];
    expect(stateAt(14, events).resolution).toMatchObject({ dueAt: hoursLater(29), remainingMinutes: 15 * 60 });
  });

  it("stays breached while paused if the deadline had already passed", () => {
    const state = stateAt(30, [status(26, "WAITING_ON_CUSTOMER")]);
    expect(state.resolution).toMatchObject({ dueAt: null, isPaused: true, breached: true, remainingMinutes: -120 });
  });
});

describe("priority changes mid-flight", () => {
  it("breaches at once when a ticket five hours into MEDIUM becomes URGENT", () => {
    const { resolution } = stateAt(5, [priority(5, "URGENT")]);
    expect(resolution).toMatchObject({ dueAt: hoursLater(4), breached: true, remainingMinutes: -60, atRisk: false });
  });

  it("keeps the elapsed time when upgrading within the new target", () => {
    expect(stateAt(2, [priority(2, "HIGH")]).resolution).toMatchObject({ dueAt: hoursLater(8), remainingMinutes: 360 });
  });

  it("extends the deadline on a downgrade", () => {
    const { resolution } = stateAt(6, [priority(6, "LOW")], { priority: "HIGH" });
    expect(resolution).toMatchObject({ dueAt: hoursLater(72), remainingMinutes: 66 * 60, breached: false });
  });

  it("counts elapsed business time, not wall time, against the new target", () => {
    const office = calendarWith("UTC", NINE_TO_FIVE);
    // LOW from Monday 09:00 to Tuesday 11:00 is 10 business hours; HIGH allows 8.
    const { resolution } = stateAt(26, [priority(26, "HIGH")], { priority: "LOW", calendar: office });
    // The eighth business hour ended on Monday at 17:00, so that is when it fell due.
    expect(resolution).toMatchObject({ dueAt: utc("2026-03-02T17:00:00"), breached: true, remainingMinutes: -120 });
  });

  it("applies a change made while paused when the clock resumes", () => {
    const events = [status(2, "WAITING_ON_CUSTOMER"), priority(3, "URGENT"), status(4, "OPEN")];
    expect(stateAt(3, events).resolution).toMatchObject({ isPaused: true, remainingMinutes: 120 });
    expect(stateAt(4, events).resolution).toMatchObject({ dueAt: hoursLater(6), remainingMinutes: 120, atRisk: false });
  });
});

describe("resolving and reopening", () => {
  const resolvedAfterTen = [status(10, "RESOLVED")];

  it("stops the clock and reports the deadline that applied at resolution", () => {
    const { resolution } = stateAt(40, resolvedAfterTen);
    expect(resolution).toEqual({
      dueAt: hoursLater(24),
      isPaused: false,
      resolvedAt: hoursLater(10),
      breached: false,
      remainingMinutes: null,
      atRisk: false,
    });
  });

  it("is breached when resolved after the deadline", () => {
    expect(stateAt(40, [status(26, "RESOLVED")]).resolution).toMatchObject({ breached: true, resolvedAt: hoursLater(26) });
  });

  it("keeps the resolution time when a resolved ticket is closed", () => {
    const events = [...resolvedAfterTen, status(20, "CLOSED")];
    expect(stateAt(40, events).resolution.resolvedAt).toEqual(hoursLater(10));
  });

  it("resumes a reopened ticket with the time it had already used", () => {
    const events = [...resolvedAfterTen, status(30, "OPEN")];
    expect(stateAt(32, events).resolution).toMatchObject({
      dueAt: hoursLater(44),
      resolvedAt: null,
      remainingMinutes: 12 * 60,
      breached: false,
    });
  });

  it("does not rewrite a settled outcome when the priority changes after resolution, but applies it on reopen", () => {
    const events = [...resolvedAfterTen, priority(12, "URGENT"), status(14, "OPEN")];
    expect(stateAt(13, events).resolution).toMatchObject({ breached: false, dueAt: hoursLater(24) });
    expect(stateAt(14, events).resolution).toMatchObject({ breached: true, dueAt: hoursLater(4) });
  });
});

describe("the first-response clock", () => {
  const reply = (hours: number): SlaEvent => ({ at: hoursLater(hours), type: "first_response" });

  it("is achieved by the first staff reply and judged at that moment", () => {
    const { firstResponse } = stateAt(50, [reply(3), reply(20)]);
    expect(firstResponse).toEqual({ dueAt: hoursLater(8), achievedAt: hoursLater(3), breached: false });
  });

  it("is breached by a late reply or by no reply after the deadline", () => {
    expect(stateAt(50, [reply(9)]).firstResponse).toMatchObject({ achievedAt: hoursLater(9), breached: true });
    expect(stateAt(7, []).firstResponse.breached).toBe(false);
    expect(stateAt(9, []).firstResponse.breached).toBe(true);
  });

  it("does not pause while the ticket waits on the customer", () => {
    expect(stateAt(9, [status(1, "WAITING_ON_CUSTOMER")]).firstResponse.breached).toBe(true);
  });

  it("follows priority changes until the reply, then keeps the priority it was answered under", () => {
    expect(stateAt(2, [priority(0.5, "URGENT")]).firstResponse).toMatchObject({ dueAt: hoursLater(1), breached: true });
    const answered = stateAt(5, [reply(2), priority(3, "URGENT")]).firstResponse;
    expect(answered).toMatchObject({ dueAt: hoursLater(8), breached: false });
  });

  it("is judged at resolution when a ticket is closed without a reply", () => {
    expect(stateAt(100, [status(5, "RESOLVED")]).firstResponse).toMatchObject({ achievedAt: null, breached: false });
  });
});

describe("at risk", () => {
  it("flags a running clock with less than a quarter of its target left", () => {
    // MEDIUM: 24 h target, so at risk below 6 h left.
    expect(stateAt(17.9, []).resolution.atRisk).toBe(false);
    expect(stateAt(18.1, []).resolution.atRisk).toBe(true);
  });

  it("flags a running clock with less than an hour left even when that is over a quarter", () => {
    const short = { ...DEFAULT_SLA_TARGETS, MEDIUM: { firstResponseMinutes: 30, resolutionMinutes: 180 } };
    // A quarter of 180 min is 45 min, so only the one-hour rule applies to 45–59 min left.
    expect(stateAt(1.75, [], { targets: short }).resolution).toMatchObject({ remainingMinutes: 75, atRisk: false });
    expect(stateAt(2.25, [], { targets: short }).resolution).toMatchObject({ remainingMinutes: 45, atRisk: true });
  });

  it("is never set for paused, resolved or breached tickets", () => {
    expect(stateAt(23, [status(22, "WAITING_ON_CUSTOMER")]).resolution.atRisk).toBe(false);
    expect(stateAt(23, [status(22, "RESOLVED")]).resolution.atRisk).toBe(false);
    expect(stateAt(30, []).resolution.atRisk).toBe(false);
  });
});

describe("input handling", () => {
  it("ignores events after now, so the state is as of now", () => {
    expect(stateAt(2, [status(3, "RESOLVED")]).resolution.resolvedAt).toBeNull();
  });

  it("rejects events out of order or before creation, and a now before creation", () => {
    expect(() => stateAt(5, [status(3, "OPEN"), status(2, "IN_PROGRESS")])).toThrow(RangeError);
    expect(() => stateAt(5, [status(-1, "OPEN")])).toThrow(RangeError);
    expect(() => stateAt(-1, [])).toThrow(RangeError);
  });

  it("starts from the given creation status", () => {
    const state = computeSlaState({
      createdAt: CREATED,
      priority: "LOW",
      status: "WAITING_ON_CUSTOMER",
      events: [],
      targets: DEFAULT_SLA_TARGETS,
      calendar: null,
      now: hoursLater(100),
    });
    expect(state.resolution).toMatchObject({ isPaused: true, remainingMinutes: 72 * 60, breached: false });
  });
});
