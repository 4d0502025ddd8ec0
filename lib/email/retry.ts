/** After this many failed attempts a message is FAILED and left for an admin to see. */
export const MAX_EMAIL_ATTEMPTS = 8;

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/**
 * Wait before the next attempt, after `attempts` failures: 30 s, 1 min, 2 min … capped at 1 h,
 * each ±20 % so that messages failing together do not retry together.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

const MAX_ERROR_LENGTH = 1_000;

/** A failure as stored on the message: a provider's error text, bounded in size. */
export function describeDeliveryError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}
