/** Whole minutes, rounded up and at least one, for "try again in N minutes". */
export function minutesUntilRetry(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
