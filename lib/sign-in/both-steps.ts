import "server-only";
import type { RequestContext } from "@/lib/request-context";
import { type SignInResult, verifyCredentials } from "./credentials";
import { verifySecondSignInStep } from "./second-step";

/**
 * Both sign-in steps in one request, for a script that holds the password and, when its account
 * has two-factor, a current code: the sign-in form's own two steps, so the same throttles,
 * proof-of-work rule, lockout, sign-in log and audit apply. The pending second step is handed
 * over in memory instead of in a cookie. Without a code, an account with two-factor stops at
 * `two_factor_required`, recorded as the form records it.
 */
export async function signInWithBothSteps(
  { email, password, code }: { email: string; password: string; code?: string },
  context: RequestContext,
): Promise<SignInResult> {
  const first = await verifyCredentials({ email, password }, context);
  if (first.ok || first.reason !== "two_factor_required" || code === undefined) return first;
  return verifySecondSignInStep(first.pending, { code }, context);
}
