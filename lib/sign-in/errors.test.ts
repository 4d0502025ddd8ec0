import { CredentialsSignin } from "next-auth";
import { describe, expect, it } from "vitest";
import {
  AccountLockedError,
  EmailUnverifiedError,
  InvalidCredentialsError,
  InvalidTwoFactorCodeError,
  SIGN_IN_FAILED_MESSAGE,
  SignInThrottledError,
  signInFailureMessage,
  TwoFactorExpiredError,
  TwoFactorRequiredError,
} from "./errors";

describe("signInFailureMessage", () => {
  it("says only 'Invalid email or password.' for invalid credentials and any other sign-in error", () => {
    expect(SIGN_IN_FAILED_MESSAGE).toBe("Invalid email or password.");
    expect(signInFailureMessage(new InvalidCredentialsError())).toBe(SIGN_IN_FAILED_MESSAGE);
    expect(signInFailureMessage(new CredentialsSignin())).toBe(SIGN_IN_FAILED_MESSAGE);
  });

  it("names the wait, rounded up to whole minutes, for throttled and locked sign-ins", () => {
    expect(signInFailureMessage(new SignInThrottledError(61))).toBe("Too many sign-in attempts. Try again in 2 minutes.");
    expect(signInFailureMessage(new SignInThrottledError(5))).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(signInFailureMessage(new AccountLockedError(14 * 60 + 1))).toBe(
      "This account is locked after too many failed sign-ins. Try again in 15 minutes.",
    );
  });

  it("gives each failure its own code for the sign-in URL and action", () => {
    expect([new InvalidCredentialsError(), new AccountLockedError(1), new SignInThrottledError(1)].map((error) => error.code)).toEqual([
      "invalid_credentials",
      "account_locked",
      "too_many_attempts",
    ]);
  });
});

describe("the two-factor and verification failures", () => {
  it("tell an unverified user to verify, and say what went wrong with a code", () => {
    expect(signInFailureMessage(new EmailUnverifiedError())).toBe(
      "Verify your email address before signing in. We sent you a link when you registered.",
    );
    expect(signInFailureMessage(new InvalidTwoFactorCodeError())).toMatch(/^That code is not valid\./);
    expect(signInFailureMessage(new TwoFactorExpiredError())).toMatch(/Enter your email and password again\.$/);
  });

  it("each carry their own code", () => {
    expect(
      [new EmailUnverifiedError(), new TwoFactorRequiredError(), new InvalidTwoFactorCodeError(), new TwoFactorExpiredError()].map(
        (error) => error.code,
      ),
    ).toEqual(["email_unverified", "two_factor_required", "invalid_two_factor_code", "two_factor_expired"]);
  });
});
