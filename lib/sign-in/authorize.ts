import "server-only";
import { requestContextFrom } from "@/lib/request-context";
import { secondFactorSignInSchema } from "@/lib/two-factor/schemas";
import { verifyCredentials } from "./credentials";
import { InvalidCredentialsError, InvalidTwoFactorCodeError, signInError } from "./errors";
import { clearPendingSignInCookie, readPendingSignInCookie, setPendingSignInCookie } from "./pending-second-step";
import { signInSchema } from "./schemas";
import { verifySecondSignInStep } from "./second-step";

/**
 * Both sign-in steps go through the one Credentials provider. The password step of a user with
 * two-factor sets the encrypted pending cookie instead of returning the user, so no session
 * exists until the second step; that step (`step: "two-factor"`) reads the cookie, which
 * next/headers gives inside authorize() whether signIn() was called from a server action or
 * over HTTP, and deletes it once the step is done or lapsed.
 */
export async function authorizeCredentials(credentials: Partial<Record<string, unknown>>, request: Request) {
  const context = requestContextFrom(request.headers);
  const isSecure = new URL(request.url).protocol === "https:";
  if (credentials.step === "two-factor") {
    const parsed = secondFactorSignInSchema.safeParse(credentials);
    if (!parsed.success) throw new InvalidTwoFactorCodeError();
    const result = await verifySecondSignInStep(await readPendingSignInCookie(isSecure), parsed.data, context);
    if (result.ok || result.reason === "two_factor_expired" || result.reason === "locked") {
      await clearPendingSignInCookie();
    }
    if (result.ok) return result.user;
    throw signInError(result);
  }
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentialsError();
  const result = await verifyCredentials(parsed.data, context);
  if (result.ok) return result.user;
  if (result.reason === "two_factor_required") await setPendingSignInCookie(result.pending, isSecure);
  throw signInError(result);
}
