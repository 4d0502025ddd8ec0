import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { assertAccountOnlyHere } from "@/lib/members/other-workspaces";
import { memberScope } from "@/lib/members/policy";

/**
 * An admin resets a member of their workspace who lost their authenticator: two-factor goes off,
 * the recovery codes go, every session of the member ends, and the member is emailed; all with
 * its audit entry in one transaction. Anyone else, or a user outside the workspace, gets "not
 * found". Admins cannot reset their own: a stolen admin session would otherwise skip the factor.
 * Refused for a member who also belongs to another workspace, whose sign-in it would weaken too.
 */
export async function resetTwoFactor(actor: Actor, userId: string, context?: RequestContext) {
  if (!can(actor, "members.manage")) throw new NotFoundError("That person was not found.");
  if (userId === actor.userId) {
    throw new DomainError("OWN_TWO_FACTOR", "Turn off your own two-factor authentication in your account settings.");
  }
  await transactionFor(actor, async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { AND: [memberScope(actor), { userId }] },
      select: { user: { select: { id: true, email: true, name: true, twoFactorEnabledAt: true } } },
    });
    if (!membership) throw new NotFoundError("That person was not found.");
    await assertAccountOnlyHere(tx, membership.user);
    await tx.user.update({
      where: { id: userId },
      data: { twoFactorSecret: null, twoFactorEnabledAt: null, twoFactorLastUsedStep: null, sessionVersion: { increment: 1 } },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.two_factor_reset",
      targetType: "user",
      targetId: userId,
      metadata: { wasEnabled: membership.user.twoFactorEnabledAt !== null },
      context,
    });
    await enqueueEmail(tx, {
      workspaceId: actor.workspaceId,
      to: membership.user.email,
      template: "two-factor-reset",
      data: { name: membership.user.name },
    });
  });
}
