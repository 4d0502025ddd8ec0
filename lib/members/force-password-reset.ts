import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { issueAuthToken, TOKEN_LIFETIME_MINUTES } from "@/lib/auth/tokens";
import { transactionFor } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { assertCanActOnMember, getMemberInScope } from "./member-guards";
import { assertAccountOnlyHere } from "./other-workspaces";
import type { MemberTargetInput } from "./schemas";

/**
 * Makes a member choose a new password: the stored hash is cleared so the old password stops
 * working at once (sign-in then fails like any wrong password), every session ends, and a
 * single-use reset link is emailed; all in one transaction with its `user.password_reset_forced`
 * entry. Two-factor stays as it is. ADMIN only, never oneself (change your own password in
 * account settings), for members of the admin's workspace whose only workspace it is (the
 * password serves every workspace they belong to). Disabled members are refused: the reset page
 * refuses them.
 */
export async function forcePasswordReset(actor: Actor, { userId }: MemberTargetInput, context?: RequestContext) {
  assertCanActOnMember(actor, userId, "Change your own password in your account settings.");
  await transactionFor(actor, async (tx) => {
    const { user } = await getMemberInScope(tx, actor, userId);
    await assertAccountOnlyHere(tx, user);
    if (user.disabledAt) throw new DomainError("DISABLED", `${user.name}'s account is disabled. Enable it first.`);
    await tx.user.update({ where: { id: userId }, data: { passwordHash: null, sessionVersion: { increment: 1 } } });
    const { rawToken } = await issueAuthToken(tx, userId, "PASSWORD_RESET");
    await enqueueEmail(tx, {
      workspaceId: actor.workspaceId,
      to: user.email,
      template: "password-reset-required",
      data: {
        name: user.name,
        resetPath: `/reset-password?token=${encodeURIComponent(rawToken)}`,
        expiresInMinutes: TOKEN_LIFETIME_MINUTES.PASSWORD_RESET,
      },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.password_reset_forced",
      targetType: "user",
      targetId: userId,
      metadata: { email: user.email },
      context,
    });
  });
}
