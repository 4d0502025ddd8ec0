import { describe, expect, it } from "vitest";
import { binLowerBound, binOf, estimateQuantile, HISTOGRAM_BINS } from "./histogram";

const bins = (entries: Record<number, number>) =>
  Array.from({ length: HISTOGRAM_BINS }, (_, bin) => entries[bin] ?? 0);

describe("duration histogram", () => {
  it("puts durations in √2-wide bins from one minute", () => {
    expect(binOf(0)).toBe(0);
    expect(binOf(59.9)).toBe(0);
    expect(binOf(60)).toBe(1);
    expect(binOf(84)).toBe(1); // 60·√2 = 84.85
    expect(binOf(85)).toBe(2);
    expect(binOf(120)).toBe(3);
    expect(binOf(3_600)).toBe(12); // 1 h: 2·log2(60) = 11.8
    expect(binOf(60 * 2 ** 19)).toBe(39);
    expect(binOf(10 * 365 * 86_400)).toBe(39);
  });

  it("gives every bin the bounds binOf uses", () => {
    for (let bin = 1; bin < HISTOGRAM_BINS; bin++) {
      expect(binOf(binLowerBound(bin) + 0.001)).toBe(bin);
      expect(binOf(binLowerBound(bin) - 0.001)).toBe(bin - 1);
    }
  });

  it("interpolates geometrically inside the bin the quantile falls in", () => {
    // Two tickets in bin 3 (120-170 s): the median is the first one's share, halfway in log scale.
    expect(estimateQuantile(bins({ 3: 2 }), 0.5)).toBeCloseTo(120 * Math.SQRT2 ** 0.5, 6);
    // One of each in bins 1 and 12: the median is the top of bin 1.
    expect(estimateQuantile(bins({ 1: 1, 12: 1 }), 0.5)).toBeCloseTo(60 * Math.SQRT2, 6);
    // 9 short and 1 long: p90 ends the short bin, the long one does not count.
    expect(estimateQuantile(bins({ 5: 9, 20: 1 }), 0.9)).toBeCloseTo(binLowerBound(6), 6);
    // Under a minute the estimate is linear.
    expect(estimateQuantile(bins({ 0: 4 }), 0.5)).toBe(30);
    // The open last bin reads as its lower bound.
    expect(estimateQuantile(bins({ 39: 3 }), 0.9)).toBe(binLowerBound(39));
  });

  it("stays in the bin of the exact value, and close to it on a smooth spread", () => {
    const durations = Array.from({ length: 5_000 }, (_, i) => 600 * Math.exp(((i / 5_000) - 0.5) * 4));
    const counts = bins({});
    for (const seconds of durations) counts[binOf(seconds)]! += 1;
    const exactMedian = durations[2_500]!;
    const estimate = estimateQuantile(counts, 0.5)!;
    expect(binOf(estimate)).toBe(binOf(exactMedian));
    expect(Math.abs(estimate - exactMedian) / exactMedian).toBeLessThan(0.03);
  });

  it("has nothing to say about nothing", () => {
    expect(estimateQuantile(bins({}), 0.5)).toBeNull();
  });
});
