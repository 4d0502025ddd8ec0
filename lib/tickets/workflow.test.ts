import { describe, expect, it } from "vitest";
import { TicketStatus } from "@/lib/generated/prisma/enums";
import {
  canRequesterReopen,
  isTransitionAllowed,
  nextStatuses,
  openReopenDeadline,
  reopenDeadline,
  timestampChanges,
} from "./workflow";

const ALL = Object.values(TicketStatus);
const NOW = new Date("2026-03-10T12:00:00Z");

describe("the status workflow", () => {
  it.each([
    ["NEW", ["OPEN", "IN_PROGRESS", "CLOSED"]],
    ["OPEN", ["IN_PROGRESS", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"]],
    ["IN_PROGRESS", ["WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"]],
    ["WAITING_ON_CUSTOMER", ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"]],
    ["RESOLVED", ["OPEN", "CLOSED"]],
    ["CLOSED", []],
  ] as const)("lets %s move to exactly %j", (from, allowed) => {
    expect([...nextStatuses(from)].sort()).toEqual([...allowed].sort());
    for (const to of ALL) expect(isTransitionAllowed(from, to)).toBe((allowed as readonly string[]).includes(to));
  });

  it("never lists a status as its own next status", () => {
    for (const status of ALL) expect(nextStatuses(status)).not.toContain(status);
  });

  it("lets any status but CLOSED be closed, and nothing leave CLOSED", () => {
    for (const status of ALL) expect(isTransitionAllowed(status, "CLOSED")).toBe(status !== "CLOSED");
  });
});

describe("timestamps of a transition", () => {
  it("stamps resolvedAt on resolving", () => {
    expect(timestampChanges("IN_PROGRESS", "RESOLVED", NOW)).toEqual({ resolvedAt: NOW, closedAt: null });
  });

  it("stamps closedAt on closing and leaves resolvedAt as it was", () => {
    expect(timestampChanges("RESOLVED", "CLOSED", NOW)).toEqual({ closedAt: NOW });
    expect(timestampChanges("OPEN", "CLOSED", NOW)).toEqual({ closedAt: NOW });
  });

  it("clears both on a reopen", () => {
    expect(timestampChanges("RESOLVED", "OPEN", NOW)).toEqual({ resolvedAt: null, closedAt: null });
  });

  it("touches neither between active statuses", () => {
    expect(timestampChanges("NEW", "OPEN", NOW)).toEqual({});
    expect(timestampChanges("IN_PROGRESS", "WAITING_ON_CUSTOMER", NOW)).toEqual({});
  });
});

describe("the requester's reopen window", () => {
  const resolvedAt = new Date("2026-03-01T12:00:00Z");

  it("ends the given number of days after resolution", () => {
    expect(reopenDeadline(resolvedAt, 14)).toEqual(new Date("2026-03-15T12:00:00Z"));
  });

  it("allows a reopen of a resolved ticket up to the deadline and not after", () => {
    const ticket = { status: "RESOLVED" as const, resolvedAt };
    expect(canRequesterReopen(ticket, 14, new Date("2026-03-15T12:00:00Z"))).toBe(true);
    expect(canRequesterReopen(ticket, 14, new Date("2026-03-15T12:00:01Z"))).toBe(false);
  });

  it("never allows a reopen of a ticket that is not resolved", () => {
    expect(canRequesterReopen({ status: "CLOSED", resolvedAt }, 14, NOW)).toBe(false);
    expect(canRequesterReopen({ status: "OPEN", resolvedAt: null }, 14, NOW)).toBe(false);
  });
});

describe("the deadline shown to the requester", () => {
  const resolvedAt = new Date("2026-03-01T12:00:00Z");

  it("is the deadline while the window is open, and null once it has passed or for other statuses", () => {
    expect(openReopenDeadline({ status: "RESOLVED", resolvedAt }, 14, NOW)).toEqual(new Date("2026-03-15T12:00:00Z"));
    expect(openReopenDeadline({ status: "RESOLVED", resolvedAt }, 5, NOW)).toBeNull();
    expect(openReopenDeadline({ status: "OPEN", resolvedAt: null }, 14, NOW)).toBeNull();
  });
});
