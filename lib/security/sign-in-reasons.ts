/**
 * Why a sign-in attempt ended as it did, as stored in login_attempts.reason. Client-safe: the
 * admin page labels them. `unverified`, `captcha_failed` and the second-factor reasons are
 * recorded by the flows that check them.
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
};

export function describeSignInReason(reason: string): string {
  return (SIGN_IN_REASON_LABELS as Record<string, string | undefined>)[reason] ?? reason;
}
