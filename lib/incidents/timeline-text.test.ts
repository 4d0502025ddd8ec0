import { describe, expect, it } from "vitest";
import { allowedTransitions } from "./labels";
import { describeIncidentEvent } from "./timeline-text";

const names: Record<string, string> = { u1: "Ann Lee", u2: "Bo Chen" };
const nameOf = (id: string | null) => (id && names[id]) ?? "someone";

describe("incident timeline sentences", () => {
  it("names people, statuses and roles", () => {
    expect(describeIncidentEvent({ kind: "STATUS_CHANGED", metadata: { from: "INVESTIGATING", to: "MONITORING" } }, nameOf)).toBe(
      "changed the status from Investigating to Monitoring",
    );
    expect(describeIncidentEvent({ kind: "ROLE_ASSIGNED", metadata: { role: "communications_lead", from: null, to: "u2" } }, nameOf)).toBe(
      "made Bo Chen communications lead",
    );
    expect(describeIncidentEvent({ kind: "ROLE_ASSIGNED", metadata: { role: "communications_lead", from: "u2", to: null } }, nameOf)).toBe(
      "left the communications lead role to nobody",
    );
    expect(describeIncidentEvent({ kind: "RESPONDER_ADDED", metadata: { userId: "u1", role: "Database" } }, nameOf)).toBe("added Ann Lee as a responder (Database)");
    expect(describeIncidentEvent({ kind: "RESPONDER_REMOVED", metadata: { userId: "gone" } }, nameOf)).toBe("removed someone from the responders");
    expect(describeIncidentEvent({ kind: "TICKET_LINKED", metadata: { ticketNumber: 42 } }, nameOf)).toBe("linked ticket #42");
  });

  it("survives metadata of the wrong shape", () => {
    expect(describeIncidentEvent({ kind: "STATUS_CHANGED", metadata: null }, nameOf)).toBe("changed the status from unknown to unknown");
    expect(describeIncidentEvent({ kind: "TASK_ADDED", metadata: [] }, nameOf)).toBe("added the task");
  });
});

describe("the statuses offered", () => {
  it("goes forward, skipping allowed, back only to investigating, and never to closed", () => {
    expect(allowedTransitions("INVESTIGATING")).toEqual(["IDENTIFIED", "MONITORING", "RESOLVED"]);
    expect(allowedTransitions("MONITORING")).toEqual(["INVESTIGATING", "RESOLVED"]);
    expect(allowedTransitions("CLOSED")).toEqual([]);
  });
});
