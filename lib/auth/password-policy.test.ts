import { describe, expect, it } from "vitest";
import { findPasswordProblem } from "./password-policy";

const email = "jordan.lee@example.com";

describe("findPasswordProblem", () => {
  it("accepts a long passphrase", () => {
    expect(findPasswordProblem("velvet tractor summer lemon", email)).toBeNull();
  });

  it("has no composition rules: lower-case letters and spaces are enough", () => {
    expect(findPasswordProblem("the quick brown fox jumps", email)).toBeNull();
  });

  it("refuses fewer than 15 characters and more than 256", () => {
    expect(findPasswordProblem("Tr0ub4dor&3xyz", email)).toMatch(/at least 15/);
    expect(findPasswordProblem("a b".repeat(100), email)).toMatch(/at most 256/);
  });

  it.each([
    ["a listed common password", "1qaz2wsx3edc4rfv"],
    ["a common password in capitals", "123456789QWERTY"],
    ["a common password with a number suffix", "password20242025!"],
    ["a repeated common password", "qwertyqwertyqwerty"],
    ["one character repeated", "aaaaaaaaaaaaaaaa"],
  ])("refuses %s", (_label, password) => {
    expect(findPasswordProblem(password, email)).toMatch(/too common/);
  });

  it("refuses a password containing the email's local part", () => {
    expect(findPasswordProblem("my name is Jordan.Lee ok", email)).toMatch(/email address/);
  });
});
