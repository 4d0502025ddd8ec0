/**
 * Durations (first response, resolution) are kept per rollup row as counts in 40 bins, so a
 * percentile over a year of rows is a sum of 40 columns rather than a sort of a million values.
 * Bin 0 is under a minute; bin k (1..38) runs from 60·√2^(k-1) to 60·√2^k seconds; bin 39 holds
 * everything from 60·2^19 s (about 364 days) up. A percentile is read off the summed bins by
 * interpolating inside the bin it falls in (geometrically: the bins are geometric), so it is an
 * estimate: it always lies within the bin of the exact value, bounds included (bins are √2
 * wide), and on real volumes it is typically within a few per cent of it.
 */
export const HISTOGRAM_BINS = 40;
const FIRST_BOUND_SECONDS = 60;
const LAST_BIN = HISTOGRAM_BINS - 1;

/** The lower bound of bin k in seconds. */
export function binLowerBound(bin: number): number {
  return bin === 0 ? 0 : FIRST_BOUND_SECONDS * Math.SQRT2 ** (bin - 1);
}

/** The bin a duration falls in; the SQL in rollup.ts computes the same. */
export function binOf(seconds: number): number {
  if (seconds < FIRST_BOUND_SECONDS) return 0;
  return Math.min(LAST_BIN, 1 + Math.floor(2 * Math.log2(seconds / FIRST_BOUND_SECONDS)));
}

/** The same as binOf, as SQL over a duration in seconds (double precision); NULL stays NULL. */
export function binSql(seconds: string): string {
  return `CASE WHEN ${seconds} IS NULL THEN NULL WHEN ${seconds} < ${FIRST_BOUND_SECONDS} THEN 0 ELSE least(${LAST_BIN}, 1 + floor(2 * ln(${seconds} / ${FIRST_BOUND_SECONDS}) / ln(2)))::int END`;
}

/**
 * The q-quantile (0 < q < 1) estimated from bin counts, in seconds; null when there is nothing
 * counted. Inside bin 0 the estimate is linear, inside the others geometric; in the open last
 * bin it is the bin's lower bound.
 */
export function estimateQuantile(bins: readonly number[], q: number): number | null {
  const total = bins.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const target = q * total;
  let before = 0;
  for (let bin = 0; bin < bins.length; bin++) {
    const count = bins[bin] ?? 0;
    if (count === 0 || before + count < target) {
      before += count;
      continue;
    }
    const fraction = (target - before) / count;
    const lower = binLowerBound(bin);
    if (bin === 0) return fraction * FIRST_BOUND_SECONDS;
    if (bin === LAST_BIN) return lower;
    return lower * Math.SQRT2 ** fraction;
  }
  return binLowerBound(LAST_BIN);
}
