import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { memberScope } from "@/lib/members/policy";
import type { RequestContext } from "@/lib/request-context";
import { consumeRateLimit, tooManyRequestsError } from "@/lib/security/rate-limit";
import { EMAIL_SENDING_PER_ADDRESS_LIMIT, rateLimitKey } from "@/lib/security/rate-limit-policies";
import {
  ALREADY_MEMBER_MESSAGE,
  EMAIL_HAS_ACCOUNT_MESSAGE,
  type InviteMemberInput,
  NOT_PENDING_MESSAGE,
  type ResendInvitationInput,
} from "./schemas";
import { sendInvitationEmail } from "./send";

// A taken email is a conflict (409 from the API), shown on the form's email field.
const emailError = (message: string) => new ConflictError(message, { email: [message] });

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Why an email cannot be invited. An account elsewhere is refused rather than given a second
 * membership: Triage runs one workspace per deployment, sign-in enters a person's first
 * workspace only, and an admin must not attach someone else's account to their workspace.
 */
async function findEmailConflict(tx: Prisma.TransactionClient, actor: Actor, email: string) {
  const existing = await tx.user.findUnique({
    where: { email },
    select: { memberships: { where: memberScope(actor), select: { id: true } } },
  });
  if (!existing) return null;
  return existing.memberships.length > 0 ? ALREADY_MEMBER_MESSAGE : EMAIL_HAS_ACCOUNT_MESSAGE;
}

/**
 * Creates an account without a password for `email`, a membership with `role` in the admin's
 * workspace, an invitation link valid for 7 days and its email, with a `user.invited` entry; all
 * in one transaction. ADMIN only (others: "not found"). An email that already has an account is
 * a ConflictError with a field error on `email`.
 */
export async function inviteMember(actor: Actor, input: InviteMemberInput, context?: RequestContext) {
  if (!can(actor, "members.manage")) throw new NotFoundError();
  try {
    return await transactionFor(actor, async (tx) => {
      const conflict = await findEmailConflict(tx, actor, input.email);
      if (conflict) throw emailError(conflict);
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, memberships: { create: { workspaceId: actor.workspaceId, role: input.role } } },
        select: { id: true, email: true, name: true },
      });
      await sendInvitationEmail(tx, actor, user);
      await recordAudit(tx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "user.invited",
        targetType: "user",
        targetId: user.id,
        metadata: { email: user.email, role: input.role },
        context,
      });
      return { userId: user.id, email: user.email };
    });
  } catch (error) {
    // Another admin invited (or someone registered) the same email between the check and the insert.
    if (isUniqueViolation(error)) throw emailError(EMAIL_HAS_ACCOUNT_MESSAGE);
    throw error;
  }
}

/**
 * Sends a pending invitation again with a new link; the old link stops working. ADMIN only, for
 * members of the admin's workspace who have not accepted yet, with a `user.invitation_resent`
 * entry. Resends count against the per-address email limit, so the button cannot flood an inbox.
 */
export async function resendInvitation(actor: Actor, { userId }: ResendInvitationInput, context?: RequestContext) {
  if (!can(actor, "members.manage")) throw new NotFoundError("That person was not found.");
  await transactionFor(actor, async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { AND: [memberScope(actor), { userId }] },
      select: { user: { select: { id: true, email: true, name: true, emailVerifiedAt: true, disabledAt: true } } },
    });
    if (!membership) throw new NotFoundError("That person was not found.");
    const { user } = membership;
    const pending = await tx.authToken.count({ where: { userId, purpose: "INVITATION", usedAt: null } });
    if (pending === 0 || user.emailVerifiedAt) throw new DomainError("NOT_PENDING", NOT_PENDING_MESSAGE);
    if (user.disabledAt) throw new DomainError("DISABLED", `${user.name}'s account is disabled. Enable it first.`);
    const throttle = await consumeRateLimit(rateLimitKey.emailSendingTo(user.email), EMAIL_SENDING_PER_ADDRESS_LIMIT, tx);
    if (!throttle.allowed) throw tooManyRequestsError(throttle.retryAfterSeconds, "invitations to this address");
    await sendInvitationEmail(tx, actor, user);
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: "user.invitation_resent",
      targetType: "user",
      targetId: userId,
      metadata: { email: user.email },
      context,
    });
  });
}
