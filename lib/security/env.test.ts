import { afterEach, describe, expect, it } from "vitest";
import { positiveIntegerFromEnv } from "./env";

const NAME = "TRIAGE_TEST_SECURITY_SETTING";

describe("positiveIntegerFromEnv", () => {
  afterEach(() => {
    delete process.env[NAME];
  });

  it("uses the default when unset or blank", () => {
    expect(positiveIntegerFromEnv(NAME, 5)).toBe(5);
    process.env[NAME] = " ";
    expect(positiveIntegerFromEnv(NAME, 5)).toBe(5);
  });

  it("reads a positive whole number", () => {
    process.env[NAME] = "12";
    expect(positiveIntegerFromEnv(NAME, 5)).toBe(12);
  });

  it.each(["0", "-3", "2.5", "five"])("refuses %s rather than weakening the setting", (value) => {
    process.env[NAME] = value;
    expect(() => positiveIntegerFromEnv(NAME, 5)).toThrow(`${NAME} must be a positive whole number`);
  });
});
