import { describe, expect, it } from "vitest";
import { createWorkspaceSchema, workspaceSlugSchema } from "./schemas";

describe("workspaceSlugSchema", () => {
  it.each(["it", "security-desk", "acme-2", "9to5", "a".repeat(40)])("accepts %s", (slug) => {
    expect(workspaceSlugSchema.parse(slug)).toBe(slug);
  });

  it("lowers capitals and trims spaces rather than refusing them", () => {
    expect(workspaceSlugSchema.parse("  Security-Desk ")).toBe("security-desk");
  });

  it.each([
    ["a", /at least 2/],
    ["a".repeat(41), /40 characters or fewer/],
    ["-desk", /starting and ending/],
    ["desk-", /starting and ending/],
    ["help desk", /lowercase letters, digits and hyphens/],
    ["help_desk", /lowercase letters, digits and hyphens/],
    ["dësk", /lowercase letters, digits and hyphens/],
    ["desk/../admin", /lowercase letters, digits and hyphens/],
    ["admin", /reserved/],
    ["API", /reserved/],
    ["workspaces", /reserved/],
  ])("refuses %j", (slug, message) => {
    const result = workspaceSlugSchema.safeParse(slug);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(" ")).toMatch(message);
  });
});

describe("createWorkspaceSchema", () => {
  const valid = { name: "Security desk", slug: "security-desk", reportTimeZone: "Europe/Berlin" };

  it("takes an IANA time zone by its canonical name", () => {
    expect(createWorkspaceSchema.parse({ ...valid, reportTimeZone: "europe/berlin" }).reportTimeZone).toBe("Europe/Berlin");
  });

  it.each(["Mars/Olympus", "", "Europe/Berlin\u0000"])("refuses the time zone %j under its field", (reportTimeZone) => {
    const result = createWorkspaceSchema.safeParse({ ...valid, reportTimeZone });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["reportTimeZone"]);
  });

  it("refuses an empty or invisible-character name under its field", () => {
    for (const name of ["   ", "Desk\u202e"]) {
      const result = createWorkspaceSchema.safeParse({ ...valid, name });
      expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["name"]);
    }
  });
});
