import { DomainError } from "@/lib/errors";

/** A write's request key, and for API calls the hash of the body it came with. */
export type RequestIdentity = { requestKey: string; requestHash?: string };

/**
 * Throws unless a repeat of a request key is the same request: an API caller that reuses an
 * Idempotency-Key with another body gets a refusal, never the first result as if it were its
 * own. A first write without a hash (a form's, or one from before hashes were kept) replays.
 */
export function assertSameRequest(first: { requestHash: string | null }, repeat: RequestIdentity): void {
  if (repeat.requestHash && first.requestHash && repeat.requestHash !== first.requestHash) {
    throw new DomainError(
      "IDEMPOTENCY_KEY_REUSED",
      "This Idempotency-Key was already used with a different request body. Send a new key for a new request.",
    );
  }
}
