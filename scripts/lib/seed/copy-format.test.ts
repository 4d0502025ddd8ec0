import { describe, expect, it } from "vitest";
import { commentLine, copyText, EVENT_COLUMNS, eventLine, formatTimestamp, TICKET_COLUMNS, ticketLine } from "./copy-format";
import type { TicketRow } from "./generate";

describe("formatTimestamp", () => {
  it("matches Date#toISOString across days, hours and milliseconds", () => {
    const start = Date.UTC(2024, 1, 28, 23, 59, 59, 999);
    for (let ms = start; ms < start + 400 * 86_400_000; ms += 3_600_007) {
      expect(formatTimestamp(ms)).toBe(new Date(ms).toISOString());
    }
    expect(formatTimestamp(Date.UTC(2026, 0, 1, 0, 0, 0, 5))).toBe("2026-01-01T00:00:00.005Z");
  });
});

describe("COPY text format", () => {
  it("escapes backslashes, tabs and line breaks", () => {
    expect(copyText("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
  });

  it("writes one line per ticket with \\N for missing values", () => {
    const ticket: TicketRow = {
      id: "t1",
      number: 7,
      title: "Title",
      description: "Line one\nLine two",
      kind: "INCIDENT",
      status: "NEW",
      priority: "HIGH",
      categoryId: "c1",
      requesterId: "u1",
      assigneeId: null,
      createdAt: 0,
      updatedAt: 0,
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      dueAt: 8 * 3_600_000,
      reopenCount: 1,
    };
    const line = ticketLine("w1", ticket);
    const fields = line.slice(0, -1).split("\t");
    expect(line.endsWith("\n")).toBe(true);
    expect(fields).toHaveLength(TICKET_COLUMNS.length);
    expect(fields[4]).toBe("Line one\\nLine two");
    expect(fields[10]).toBe("\\N");
    expect(fields[16]).toBe("1970-01-01T08:00:00.000Z");
    expect(fields[18]).toBe("1");
  });

  it("writes comments with is_internal as t or f and updated_at equal to created_at", () => {
    const line = commentLine("w1", { id: "c1", ticketId: "t1", authorId: "u1", body: "Hi", isInternal: true, createdAt: 0 });
    expect(line).toBe("c1\tw1\tt1\tu1\tHi\tt\t1970-01-01T00:00:00.000Z\t1970-01-01T00:00:00.000Z\n");
  });

  it("writes events with \\N for a system actor and a CREATED event's missing values", () => {
    const created = eventLine("w1", { id: "e1", ticketId: "t1", actorId: "u1", type: "CREATED", fromValue: null, toValue: null, createdAt: 0 });
    const closed = eventLine("w1", { id: "e2", ticketId: "t1", actorId: null, type: "STATUS_CHANGED", fromValue: "RESOLVED", toValue: "CLOSED", createdAt: 0 });
    expect(created).toBe("e1\tw1\tt1\tu1\tCREATED\t\\N\t\\N\t1970-01-01T00:00:00.000Z\n");
    expect(closed.slice(0, -1).split("\t")).toEqual(["e2", "w1", "t1", "\\N", "STATUS_CHANGED", "RESOLVED", "CLOSED", "1970-01-01T00:00:00.000Z"]);
    expect(closed.split("\t")).toHaveLength(EVENT_COLUMNS.length);
  });
});
