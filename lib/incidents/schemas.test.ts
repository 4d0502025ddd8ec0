import { describe, expect, it } from "vitest";
import { addIncidentNoteSchema, assignIncidentRoleSchema, declareIncidentSchema } from "./schemas";

describe("incident schemas", () => {
  it("cleans a declaration: trimmed title, empty summary, each ticket number once", () => {
    expect(declareIncidentSchema.parse({ title: " Mail is down ", severity: "SEV1", ticketNumbers: [4, 2, 4] })).toEqual({
      title: "Mail is down", summary: "", severity: "SEV1", ticketNumbers: [4, 2],
    });
  });

  it("refuses a declaration without a real title or severity, or with too many tickets", () => {
    const result = declareIncidentSchema.safeParse({ title: "x", severity: "SEV5", ticketNumbers: Array.from({ length: 51 }, (_, index) => index + 1) });
    expect(result.success).toBe(false);
    expect(Object.keys(result.error?.flatten().fieldErrors ?? {}).sort()).toEqual(["severity", "ticketNumbers", "title"]);
  });

  it("lets only the communications lead be left to nobody", () => {
    const base = { incidentNumber: 1, version: 1, userId: null };
    expect(assignIncidentRoleSchema.safeParse({ ...base, role: "communications_lead" }).success).toBe(true);
    const commander = assignIncidentRoleSchema.safeParse({ ...base, role: "commander" });
    expect(commander.error?.flatten().fieldErrors).toEqual({ userId: ["An incident always has a commander."] });
  });

  it("reads a note's time as an ISO instant, and refuses an empty note", () => {
    expect(addIncidentNoteSchema.parse({ incidentNumber: 3, body: "Deploy", occurredAt: "2026-12-06T14:02:00.000Z" }).occurredAt).toEqual(
      new Date("2026-12-06T14:02:00.000Z"),
    );
    expect(addIncidentNoteSchema.safeParse({ incidentNumber: 3, body: "   " }).success).toBe(false);
  });
});
