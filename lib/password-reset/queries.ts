import "server-only";
import { isAuthTokenUsable } from "@/lib/auth/tokens";
import { db } from "@/lib/db";

/**
 * Whether a reset link would still work, without spending it: mail scanners open every link, so
 * only submitting the new password may use it up. Public: no actor, the token is the proof.
 */
export async function isPasswordResetTokenUsable(rawToken: string): Promise<boolean> {
  return isAuthTokenUsable(db, rawToken, "PASSWORD_RESET");
}
