/** An expected failure whose message is safe to show to the user. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The record does not exist, or the actor may not know that it does. */
export class NotFoundError extends DomainError {
  constructor(message = "Not found.") {
    super("NOT_FOUND", message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do that.") {
    super("FORBIDDEN", message);
  }
}

/**
 * Someone changed the record since the actor loaded it, or a unique value is taken (then the
 * field that holds it says so, as a validation error would).
 */
export class ConflictError extends DomainError {
  constructor(
    message = "This was changed by someone else. Reload and try again.",
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super("CONFLICT", message);
  }
}

export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super("VALIDATION_FAILED", message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}

/**
 * The database is unreachable, restarting, out of connections or too busy to take this request
 * in time. The same request can be sent again after `retryAfterSeconds`.
 */
export class UnavailableError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor({ retryAfterSeconds = 5, cause }: { retryAfterSeconds?: number; cause?: unknown } = {}) {
    super("UNAVAILABLE", "Triage is busy or cannot reach its database right now. Try again in a few seconds.");
    this.retryAfterSeconds = retryAfterSeconds;
    this.cause = cause;
  }
}
