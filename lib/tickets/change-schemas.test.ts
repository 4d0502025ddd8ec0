import { describe, expect, it } from "vitest";
import { changeTicketFieldsSchema, ticketFieldsSchema } from "./change-schemas";

describe("changeTicketFieldsSchema", () => {
  it("takes the changed fields of one ticket on the version the actor saw", () => {
    expect(changeTicketFieldsSchema.parse({ ticketNumber: 7, version: 3, status: "OPEN", priority: "URGENT" })).toEqual({
      ticketNumber: 7,
      version: 3,
      status: "OPEN",
      priority: "URGENT",
    });
    expect(changeTicketFieldsSchema.parse({ ticketNumber: 7, version: 3, assigneeId: null })).toEqual({
      ticketNumber: 7,
      version: 3,
      assigneeId: null,
    });
  });

  it("refuses a save with nothing changed, as the API's PATCH does", () => {
    expect(changeTicketFieldsSchema.safeParse({ ticketNumber: 7, version: 3 }).success).toBe(false);
    expect(ticketFieldsSchema.safeParse({}).success).toBe(false);
    expect(ticketFieldsSchema.safeParse({ extra: 1, status: "OPEN" }).success).toBe(false);
  });
});
