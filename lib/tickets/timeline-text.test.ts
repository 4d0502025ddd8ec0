import { describe, expect, it } from "vitest";
import { describeEvent } from "./timeline-text";

describe("describeEvent", () => {
  it("names statuses and priorities by their labels", () => {
    expect(describeEvent({ event: "STATUS_CHANGED", from: "OPEN", to: "RESOLVED" })).toBe("changed the status from Open to Resolved");
    expect(describeEvent({ event: "PRIORITY_CHANGED", from: "LOW", to: "URGENT" })).toBe("changed the priority from Low to Urgent");
  });

  it("reads naturally when an assignee or category is added or removed", () => {
    expect(describeEvent({ event: "ASSIGNEE_CHANGED", from: null, to: "Ann" })).toBe("assigned the ticket to Ann");
    expect(describeEvent({ event: "ASSIGNEE_CHANGED", from: "Ann", to: null })).toBe("unassigned Ann");
    expect(describeEvent({ event: "CATEGORY_CHANGED", from: "Billing", to: "Hardware" })).toBe("changed the category from Billing to Hardware");
  });

  it("shows merged tickets by number", () => {
    expect(describeEvent({ event: "MERGED_FROM", from: "12", to: null })).toBe("merged #12 into this ticket");
    expect(describeEvent({ event: "MERGED_FROM", from: "12", to: "Ann Lee" })).toBe("merged #12 by Ann Lee into this ticket");
    expect(describeEvent({ event: "MERGED_INTO", from: null, to: "some-id" })).toBe("merged this ticket into another ticket");
  });
});
