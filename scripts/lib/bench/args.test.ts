import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./args";

const NOW = new Date("2026-11-23T23:30:00.123Z");

describe("parseBenchArgs", () => {
  it("defaults to 100,000 tickets, 10 connections, 200 requests and a timestamped report", () => {
    expect(parseBenchArgs([], NOW)).toEqual({
      tickets: 100_000,
      concurrency: 10,
      requests: 200,
      database: "triage_bench",
      reuse: false,
      out: ".data/bench/bench-2026-11-23T23-30-00-123Z.json",
      only: null,
    });
  });

  it("reads each flag in both spellings", () => {
    const args = parseBenchArgs(["--tickets", "1000000", "--concurrency=4", "--requests", "50", "--database=bench_two", "--reuse", "--out", "x.json", "--only=API"], NOW);
    expect(args).toEqual({ tickets: 1_000_000, concurrency: 4, requests: 50, database: "bench_two", reuse: true, out: "x.json", only: "api" });
  });

  it.each([
    [["--tickets", "1e6"], /--tickets needs a whole number/],
    [["--concurrency", "0"], /--concurrency needs a whole number/],
    [["--requests"], /got nothing/],
    [["--database", "Bench; DROP"], /--database needs a lower-case name/],
    [["--out"], /Unknown argument "--out"/],
    [["--reuse=yes"], /Unknown argument/],
    [["--fast"], /Unknown argument "--fast"/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseBenchArgs(argv, NOW)).toThrow(message);
  });
});
