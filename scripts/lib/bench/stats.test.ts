import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats";

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it("takes the nearest rank, so every percentile is a measured value", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([7], 95)).toBe(7);
  });

  it("refuses an empty sample", () => {
    expect(() => percentile([], 50)).toThrow(/No samples/);
  });
});

describe("summarize", () => {
  it("gives median, p95, mean, max and the throughput over the wall-clock time", () => {
    const latencies = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summarize(latencies, 2_000)).toEqual({ count: 20, medianMs: 10, p95Ms: 19, meanMs: 10.5, maxMs: 20, throughput: 10 });
  });
});
