import { CredentialsSignin } from "next-auth";
import { minutesUntilRetry } from "@/lib/security/retry-minutes";

/**
 * Failures that authorize() throws so their reason reaches the sign-in action. Callers branch on
 * `code` (class names are minified in production builds); the code also ends up in the URL of
 * an HTTP sign-in, so it never says more than the message shown to the user.
 */
export class InvalidCredentialsError extends CredentialsSignin {
  override code = "invalid_credentials";
}

export class AccountLockedError extends CredentialsSignin {
  override code = "account_locked";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export class SignInThrottledError extends CredentialsSignin {
  override code = "too_many_attempts";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** One message for every failure that must not reveal whether an account exists. */
export const SIGN_IN_FAILED_MESSAGE = "Invalid email or password.";

const minutes = (count: number) => `${count} minute${count === 1 ? "" : "s"}`;

/** What the sign-in form shows for a failure thrown by signIn(). */
export function signInFailureMessage(error: CredentialsSignin): string {
  const retryAfterSeconds = "retryAfterSeconds" in error && typeof error.retryAfterSeconds === "number"
    ? error.retryAfterSeconds
    : 60;
  if (error.code === "too_many_attempts") {
    return `Too many sign-in attempts. Try again in ${minutes(minutesUntilRetry(retryAfterSeconds))}.`;
  }
  if (error.code === "account_locked") {
    return `This account is locked after too many failed sign-ins. Try again in ${minutes(minutesUntilRetry(retryAfterSeconds))}.`;
  }
  return SIGN_IN_FAILED_MESSAGE;
}
