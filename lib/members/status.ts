/**
 * Where a member's invitation stands, from the unspent invitation token the member list selects:
 * none (an ordinary account), pending, or expired (the admin can resend it). Client-safe.
 */
export function invitationStateOf(
  user: { emailVerifiedAt: Date | null; authTokens: { expiresAt: Date }[] },
  now: Date,
): "pending" | "expired" | null {
  const invitation = user.authTokens[0];
  if (!invitation || user.emailVerifiedAt) return null;
  return invitation.expiresAt > now ? "pending" : "expired";
}
