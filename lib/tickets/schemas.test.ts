import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTicketSchema, replySchema, ticketNumberParamSchema } from "./schemas";

describe("ticket input schemas", () => {
  it("trims the title and strips NUL characters the database cannot store", () => {
    const parsed = createTicketSchema.parse({
      title: "  Broken\u0000 screen  ",
      description: "Line\u0000 one",
      kind: "INCIDENT",
      requestKey: randomUUID(),
    });
    expect(parsed).toMatchObject({ title: "Broken screen", description: "Line one" });
  });

  it("refuses blank bodies, short titles and oversized text with messages for people", () => {
    const result = createTicketSchema.safeParse({ title: " a ", description: "   ", kind: "QUESTION", requestKey: randomUUID() });
    expect(result.success).toBe(false);
    const reply = replySchema.safeParse({ ticketNumber: 1, body: "x".repeat(20_001), isInternal: false, requestKey: randomUUID() });
    expect(reply.error?.issues[0]?.message).toMatch(/under 20,000 characters/);
  });

  it("accepts only digits as a ticket number in the URL", () => {
    expect(ticketNumberParamSchema.safeParse("42").data).toBe(42);
    for (const value of ["abc", "-1", "0", "1.5", "1e3", "99999999999", " 7"]) {
      expect(ticketNumberParamSchema.safeParse(value).success).toBe(false);
    }
  });
});
