/**
 * Why a sign-in attempt ended as it did, as stored in login_attempts.reason. Client-safe: the
 * admin page labels them. `second_factor_required` marks a right password that opened the
 * second step (not yet a sign-in); `second_factor_failed` a wrong code from the app or a wrong
 * recovery code, at sign-in or when changing two-factor settings, and counts toward the lockout;
 * `second_factor_expired` a second step whose pending state was missing or had lapsed.
 */
export const SIGN_IN_REASONS = [
  "signed_in",
  "wrong_password",
  "unknown_email",
  "disabled",
  "no_workspace",
  "unverified",
  "locked",
  "throttled",
  "captcha_failed",
  "second_factor_required",
  "second_factor_failed",
  "second_factor_expired",
] as const;
export type SignInReason = (typeof SIGN_IN_REASONS)[number];
export type SignInFailureReason = Exclude<SignInReason, "signed_in">;

export const SIGN_IN_REASON_LABELS: Record<SignInReason, string> = {
  signed_in: "Signed in",
  wrong_password: "Wrong password",
  unknown_email: "No account with this email",
  disabled: "Account disabled",
  no_workspace: "Account has no workspace",
  unverified: "Email not verified",
  locked: "Account locked",
  throttled: "Too many attempts",
  captcha_failed: "Challenge failed",
  second_factor_required: "Second factor requested",
  second_factor_failed: "Wrong second-factor code",
  second_factor_expired: "Second step timed out",
};

export function describeSignInReason(reason: string): string {
  return (SIGN_IN_REASON_LABELS as Record<string, string | undefined>)[reason] ?? reason;
}
