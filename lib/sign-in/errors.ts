import { CredentialsSignin } from "next-auth";
import { CAPTCHA_REQUIRED_MESSAGE } from "@/lib/security/captcha-schemas";
import { minutesUntilRetry } from "@/lib/security/retry-minutes";
import type { SignInResult } from "./credentials";

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

/** Told only after the right password, like a lock. */
export class EmailUnverifiedError extends CredentialsSignin {
  override code = "email_unverified";
}

/** Not a failure for the user: the password was right and the second step comes next. */
export class TwoFactorRequiredError extends CredentialsSignin {
  override code = "two_factor_required";
}

export class InvalidTwoFactorCodeError extends CredentialsSignin {
  override code = "invalid_two_factor_code";
}

/** The pending second step is missing or lapsed: the user starts again with their password. */
export class TwoFactorExpiredError extends CredentialsSignin {
  override code = "two_factor_expired";
}

/** Repeated failures for this email or address: the proof-of-work check must be solved first. */
export class CaptchaRequiredError extends CredentialsSignin {
  override code = "captcha_required";
}

/** One message for every failure that must not reveal whether an account exists. */
export const SIGN_IN_FAILED_MESSAGE = "Invalid email or password.";

export const EMAIL_UNVERIFIED_MESSAGE =
  "Verify your email address before signing in. We sent you a link when you registered.";

const MESSAGES: Partial<Record<string, string>> = {
  captcha_required: CAPTCHA_REQUIRED_MESSAGE,
  email_unverified: EMAIL_UNVERIFIED_MESSAGE,
  two_factor_required: "Enter the 6-digit code from your authenticator app.",
  invalid_two_factor_code: "That code is not valid. Enter the current code from your app, or a recovery code.",
  two_factor_expired: "Your sign-in timed out before the code was entered. Enter your email and password again.",
};

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
  return MESSAGES[error.code] ?? SIGN_IN_FAILED_MESSAGE;
}

/** The error for a failed result: what authorize() throws, and what the API answers with. */
export function signInError(result: Exclude<SignInResult, { ok: true }>): CredentialsSignin {
  switch (result.reason) {
    case "throttled":
      return new SignInThrottledError(result.retryAfterSeconds);
    case "locked":
      return new AccountLockedError(result.retryAfterSeconds);
    case "email_unverified":
      return new EmailUnverifiedError();
    case "captcha_required":
      return new CaptchaRequiredError();
    case "two_factor_required":
      return new TwoFactorRequiredError();
    case "invalid_two_factor_code":
      return new InvalidTwoFactorCodeError();
    case "two_factor_expired":
      return new TwoFactorExpiredError();
    default:
      return new InvalidCredentialsError();
  }
}
