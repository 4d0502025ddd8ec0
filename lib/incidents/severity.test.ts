import { describe, expect, it } from "vitest";
import { DEFAULT_SEVERITY_DESCRIPTIONS, severityDescriptions, severityDescriptionsSchema } from "./severity";

describe("severity descriptions", () => {
  it("uses the workspace's own text where it wrote one and the default elsewhere", () => {
    expect(severityDescriptions(null)).toEqual(DEFAULT_SEVERITY_DESCRIPTIONS);
    expect(severityDescriptions({ SEV1: "Payments are down." })).toEqual({ ...DEFAULT_SEVERITY_DESCRIPTIONS, SEV1: "Payments are down." });
  });

  it("falls back to the defaults for a stored value that no longer parses", () => {
    expect(severityDescriptions({ SEV9: "Unknown" })).toEqual(DEFAULT_SEVERITY_DESCRIPTIONS);
    expect(severityDescriptions("not an object")).toEqual(DEFAULT_SEVERITY_DESCRIPTIONS);
  });

  it("refuses an empty or overlong description", () => {
    expect(severityDescriptionsSchema.safeParse({ SEV2: "  " }).success).toBe(false);
    expect(severityDescriptionsSchema.safeParse({ SEV2: "x".repeat(501) }).success).toBe(false);
    expect(severityDescriptionsSchema.parse({ SEV2: " Major outage. " })).toEqual({ SEV2: "Major outage." });
  });
});
