import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { transactionFor } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { memberScope } from "@/lib/members/policy";
import type { RequestContext } from "@/lib/request-context";
import { issueInvitation } from "./issue";
import { ALREADY_MEMBER_MESSAGE, type InviteMemberInput, SERVICE_ACCOUNT_EMAIL_MESSAGE } from "./schemas";

// Shown on the form's email field; a 409 from the API.
const emailError = (message: string) => new ConflictError(message, { email: [message] });

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Why an email cannot be invited to the actor's workspace, or null. An account elsewhere can be. */
async function findEmailConflict(tx: Prisma.TransactionClient, actor: Actor, email: string): Promise<string | null> {
  const existing = await tx.user.findUnique({
    where: { email },
    select: { isServiceAccount: true, memberships: { where: memberScope(actor), select: { id: true } } },
  });
  if (existing?.isServiceAccount) return SERVICE_ACCOUNT_EMAIL_MESSAGE;
  return existing && existing.memberships.length > 0 ? ALREADY_MEMBER_MESSAGE : null;
}

/**
 * Invites `email` to the admin's workspace with `role`: a pending invitation, valid for 7 days,
 * and its email, with a `user.invited` entry, in one transaction. No account or membership exists
 * until the link is followed. An account of another workspace may be invited; a member is a
 * ConflictError on `email`. Inviting an email with a pending invitation replaces it. Needs
 * `members.manage` (others: "not found").
 */
export async function inviteMember(actor: Actor, input: InviteMemberInput, context?: RequestContext) {
  if (!can(actor, "members.manage")) throw new NotFoundError();
  try {
    return await transactionFor(actor, async (tx) => {
      const conflict = await findEmailConflict(tx, actor, input.email);
      if (conflict) throw emailError(conflict);
      const { invitation, isReplacement } = await issueInvitation(tx, actor, input);
      await recordAudit(tx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "user.invited",
        targetType: "invitation",
        targetId: invitation.id,
        metadata: { email: invitation.email, role: invitation.role, replacedPending: isReplacement },
        context,
      });
      return invitation;
    });
  } catch (error) {
    // Another admin invited the same email between the lookup and the insert.
    if (isUniqueViolation(error)) throw new ConflictError("This email was invited a moment ago. Reload the page to see it.");
    throw error;
  }
}
