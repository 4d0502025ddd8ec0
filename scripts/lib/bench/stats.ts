export type Summary = {
  count: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  maxMs: number;
  /** Completed operations per second over the run's wall-clock time. */
  throughput: number;
};

/** The nearest-rank percentile (p in (0, 100]) of unsorted samples: always a measured value. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("No samples to take a percentile of.");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function summarize(latenciesMs: readonly number[], wallMs: number): Summary {
  const total = latenciesMs.reduce((sum, value) => sum + value, 0);
  return {
    count: latenciesMs.length,
    medianMs: round(percentile(latenciesMs, 50)),
    p95Ms: round(percentile(latenciesMs, 95)),
    meanMs: round(total / latenciesMs.length),
    maxMs: round(Math.max(...latenciesMs)),
    throughput: round((latenciesMs.length * 1000) / wallMs),
  };
}
