import { describe, expect, it } from "vitest";
import { DEFAULT_TICKETS, parseSeedArgs } from "./args";

const fixedSeed = () => 7;

describe("parseSeedArgs", () => {
  it("defaults to 2,000 tickets, a random seed and no force", () => {
    expect(parseSeedArgs([], fixedSeed)).toEqual({ tickets: DEFAULT_TICKETS, seed: 7, force: false });
  });

  it("reads --tickets with a space or an equals sign, --seed and --force", () => {
    expect(parseSeedArgs(["--tickets", "1000000"], fixedSeed).tickets).toBe(1_000_000);
    expect(parseSeedArgs(["--tickets=5000000", "--seed=3", "--force"], fixedSeed)).toEqual({
      tickets: 5_000_000,
      seed: 3,
      force: true,
    });
  });

  it.each([["0"], ["-1"], ["1.5"], ["1e6"], ["abc"], ["5000001"], [""]])(
    "refuses --tickets %j with a message naming the limits",
    (value) => {
      expect(() => parseSeedArgs(["--tickets", value], fixedSeed)).toThrow(/--tickets needs a whole number from 1 to 5,000,000/);
    },
  );

  it("refuses --tickets without a value and unknown arguments", () => {
    expect(() => parseSeedArgs(["--tickets"], fixedSeed)).toThrow(/got nothing/);
    expect(() => parseSeedArgs(["--tickts", "5"], fixedSeed)).toThrow(/Unknown argument "--tickts"/);
    expect(() => parseSeedArgs(["--force=yes"], fixedSeed)).toThrow(/Unknown argument/);
  });
});
