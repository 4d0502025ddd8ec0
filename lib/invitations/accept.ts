import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, newPasswordFields } from "@/lib/auth/password";
import { findPasswordProblem } from "@/lib/auth/password-policy";
import { consumeAuthToken } from "@/lib/auth/tokens";
import { transactionFor } from "@/lib/db";
import { enterUserScope } from "@/lib/members/first-workspace";
import { DomainError, ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import { PASSWORD_RESET_IP_LIMIT } from "@/lib/security/rate-limit-policies";
import { type AcceptInvitationInput, INVALID_INVITATION_LINK_MESSAGE } from "./schemas";

// Guessing tokens is as hopeless as for reset links, but each attempt hashes a password.
const acceptInvitationKey = (ip: string) => `invitation-accept:ip:${ip}`;

/**
 * Spends an invitation token and sets the invited person's name and password, in one transaction
 * with its `user.invitation_accepted` entry. Following the emailed link proved control of the
 * inbox, so the email counts as verified. Public (no actor): the token is the proof. An unknown,
 * used or expired token, or an account disabled since, changes nothing; a refused password
 * leaves the token usable. The person is not signed in: they sign in next, two-factor included.
 */
export async function acceptInvitation(input: AcceptInvitationInput, context: RequestContext): Promise<{ email: string }> {
  if (context.ip) await enforceRateLimit(acceptInvitationKey(context.ip), PASSWORD_RESET_IP_LIMIT);
  return transactionFor({}, async (tx) => {
    const userId = await consumeAuthToken(tx, input.token, "INVITATION");
    if (!userId) throw new DomainError("INVALID_TOKEN", INVALID_INVITATION_LINK_MESSAGE);
    const workspaceId = await enterUserScope(tx, userId);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, disabledAt: true },
    });
    if (user.disabledAt) throw new DomainError("INVALID_TOKEN", INVALID_INVITATION_LINK_MESSAGE);
    // Throwing rolls the transaction back, so the token stays usable for a better password.
    const problem = findPasswordProblem(input.newPassword, user.email);
    if (problem) throw new ValidationError(problem, { newPassword: [problem] });
    const now = new Date();
    await tx.user.update({
      where: { id: userId },
      data: { ...newPasswordFields(await hashPassword(input.newPassword), now), name: input.name, emailVerifiedAt: now },
    });
    await recordAudit(tx, {
      workspaceId,
      actorId: userId,
      action: "user.invitation_accepted",
      targetType: "user",
      targetId: userId,
      metadata: { email: user.email },
      context,
    });
    return { email: user.email };
  });
}
