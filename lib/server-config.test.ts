import { describe, expect, it } from "vitest";
import { assertServerConfig, findMissingServerConfig, runsBackgroundJobs } from "./server-config";

const SECRET = "x".repeat(32);
const COMPLETE = { DATABASE_URL: "postgresql://db", AUTH_SECRET: SECRET, PASSWORD_PEPPER: SECRET, TWO_FACTOR_ENCRYPTION_KEY: SECRET };

describe("server configuration", () => {
  it("is complete with a database URL and long enough secrets", () => {
    expect(findMissingServerConfig(COMPLETE)).toEqual([]);
  });

  it("names every missing variable", () => {
    const missing = findMissingServerConfig({});
    expect(missing.map((entry) => entry.split(" ")[0])).toEqual(["DATABASE_URL", "AUTH_SECRET", "PASSWORD_PEPPER", "TWO_FACTOR_ENCRYPTION_KEY"]);
  });

  it("refuses short secrets", () => {
    expect(findMissingServerConfig({ ...COMPLETE, AUTH_SECRET: "short", PASSWORD_PEPPER: "short" })).toEqual([
      "AUTH_SECRET is too short: use at least 32 characters",
      "PASSWORD_PEPPER is too short: use at least 32 characters",
    ]);
  });

  it("needs AUTH_URL in production only, and a usable one whenever it is set", () => {
    expect(findMissingServerConfig({ ...COMPLETE, NODE_ENV: "production" })).toEqual([
      "AUTH_URL (the public origin, e.g. https://help.example.com: links in emails point there)",
    ]);
    expect(findMissingServerConfig({ ...COMPLETE, NODE_ENV: "production", AUTH_URL: "https://help.example.com" })).toEqual([]);
    // The server process runs every install with NODE_ENV=production; npm start checked the deployment.
    expect(findMissingServerConfig({ ...COMPLETE, NODE_ENV: "production" }, { isProductionDeployment: false })).toEqual([]);
    expect(findMissingServerConfig({ ...COMPLETE, AUTH_URL: "help.example.com" })).toEqual([expect.stringMatching(/^AUTH_URL must be an http:\/\/ or https:\/\/ origin/)]);
    expect(() => assertServerConfig({ ...COMPLETE, NODE_ENV: "production" })).toThrow(/Triage cannot start\. Set these environment variables:\n {2}- AUTH_URL/);
  });

  it("stops the server with a message that says what to set", () => {
    expect(() => assertServerConfig({ ...COMPLETE, AUTH_SECRET: undefined })).toThrow(
      /Triage cannot start\. Set these environment variables:\n {2}- AUTH_SECRET/,
    );
  });
});

describe("background jobs", () => {
  it("run unless BACKGROUND_JOBS turns them off", () => {
    for (const value of [undefined, "", "on", "true"]) expect(runsBackgroundJobs({ BACKGROUND_JOBS: value })).toBe(true);
    for (const value of ["off", "OFF", "false", "0", " off "]) expect(runsBackgroundJobs({ BACKGROUND_JOBS: value })).toBe(false);
  });
});
