"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { definePublicAction } from "@/lib/action";
import type { ActionResult } from "@/lib/action-result";
import { signIn, signOut } from "@/lib/auth/auth";
import { CAPTCHA_FIELD } from "@/lib/security/captcha-schemas";
import { secondFactorSignInSchema } from "@/lib/two-factor/schemas";
import { signInFailureMessage } from "./errors";
import { clearPendingSignInCookie } from "./pending-second-step";
import { safeCallbackPath } from "./safe-redirect";
import { signInSchema } from "./schemas";

/**
 * What the sign-in form gets back when it is not redirected: the next step, or a failure with
 * the code of the error authorize() threw, so the form can react to `email_unverified` or
 * `two_factor_expired`.
 */
type SignInActionResult = ActionResult<{ next: "two-factor" }>;

type SignInOutcome = { status: "signed_in" } | { status: "two_factor_required" } | { status: "failed"; code: string; error: string };

async function signInWithCredentials(credentials: Record<string, string>): Promise<SignInOutcome> {
  try {
    await signIn("credentials", { ...credentials, redirect: false });
    return { status: "signed_in" };
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    if (error.code === "two_factor_required") return { status: "two_factor_required" };
    // Throttled, locked and the second-step failures name themselves; the rest read the same.
    return { status: "failed", code: error.code, error: signInFailureMessage(error) };
  }
}

const attemptPasswordStep = definePublicAction(signInSchema, ({ email, password, captcha }) =>
  signInWithCredentials({ email, password, ...(captcha && { captcha }) }),
);

// Only the field in use is sent: signIn() posts every value, an undefined one as "undefined".
const attemptSecondStep = definePublicAction(secondFactorSignInSchema, (input) =>
  signInWithCredentials({ step: "two-factor", ...("code" in input ? { code: input.code } : { recoveryCode: input.recoveryCode }) }),
);

function settle(outcome: SignInOutcome, callbackUrl: string | undefined): SignInActionResult {
  if (outcome.status === "two_factor_required") return { ok: true, data: { next: "two-factor" } };
  if (outcome.status === "failed") {
    // The proof of work belongs under its widget, which the form then shows.
    const fieldErrors = outcome.code === "captcha_required" ? { [CAPTCHA_FIELD]: [outcome.error] } : undefined;
    return { ok: false, error: outcome.error, code: outcome.code, ...(fieldErrors && { fieldErrors }) };
  }
  redirect(safeCallbackPath(callbackUrl));
}

export async function signInAction(input: {
  email: string;
  password: string;
  callbackUrl?: string;
  captcha?: string;
}): Promise<SignInActionResult> {
  const result = await attemptPasswordStep(input);
  return result.ok ? settle(result.data, input.callbackUrl) : result;
}

export async function completeTwoFactorSignInAction(
  input: { code: string; callbackUrl?: string } | { recoveryCode: string; callbackUrl?: string },
): Promise<SignInActionResult> {
  const result = await attemptSecondStep(input);
  return result.ok ? settle(result.data, input.callbackUrl) : result;
}

/** "Start over": forgets the pending second step, so the password is asked again. */
export async function cancelTwoFactorSignInAction() {
  await clearPendingSignInCookie();
}

/** Ends this browser's session: its cookie is cleared and its id listed as ended (auth.ts). */
export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
