import { describe, expect, it } from "vitest";
import { incidentListHref } from "./links";

const scope = { from: "2026-01-10", to: "2026-01-16" };

describe("incident drill-down links", () => {
  it("opens the incidents of a severity declared in the range's days", () => {
    expect(incidentListHref(scope, { severity: "SEV2" })).toBe("/incidents?severity=SEV2&declaredFrom=2026-01-10&declaredTo=2026-01-16");
    expect(incidentListHref(scope, {})).toBe("/incidents?declaredFrom=2026-01-10&declaredTo=2026-01-16");
  });

  it("opens an open-now figure by severity and status, whenever declared", () => {
    expect(incidentListHref(scope, { severity: "SEV1", status: "INVESTIGATING" })).toBe("/incidents?severity=SEV1&status=INVESTIGATING");
  });
});
