import { describe, expect, it } from "vitest";
import { assertServerConfig, findMissingServerConfig } from "./server-config";

const SECRET = "x".repeat(32);

describe("server configuration", () => {
  it("is complete with a database URL and a long enough secret", () => {
    expect(findMissingServerConfig({ DATABASE_URL: "postgresql://db", AUTH_SECRET: SECRET })).toEqual([]);
  });

  it("names every missing variable", () => {
    const missing = findMissingServerConfig({});
    expect(missing).toHaveLength(2);
    expect(missing[0]).toMatch(/^DATABASE_URL/);
    expect(missing[1]).toMatch(/^AUTH_SECRET/);
  });

  it("refuses a short secret", () => {
    expect(findMissingServerConfig({ DATABASE_URL: "postgresql://db", AUTH_SECRET: "short" })).toEqual([
      "AUTH_SECRET is too short: use at least 32 characters",
    ]);
  });

  it("stops the server with a message that says what to set", () => {
    expect(() => assertServerConfig({ DATABASE_URL: "postgresql://db" })).toThrow(
      /Triage cannot start\. Set these environment variables:\n {2}- AUTH_SECRET/,
    );
  });
});
