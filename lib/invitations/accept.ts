import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, newPasswordFields } from "@/lib/auth/password";
import { findPasswordProblem } from "@/lib/auth/password-policy";
import { hashToken } from "@/lib/auth/tokens";
import { enterScope } from "@/lib/database-scope";
import { transactionFor } from "@/lib/db";
import { DomainError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import { PASSWORD_RESET_IP_LIMIT } from "@/lib/security/rate-limit-policies";
import { usableInvitationWhere } from "./policy";
import {
  type AcceptInvitationInput,
  INVALID_INVITATION_LINK_MESSAGE,
  type InvitationTokenInput,
  SIGN_IN_TO_ACCEPT_MESSAGE,
  WRONG_ACCOUNT_MESSAGE,
} from "./schemas";

// Guessing tokens is as hopeless as for reset links, but an attempt may hash a password.
const acceptInvitationKey = (ip: string) => `invitation-accept:ip:${ip}`;

const invalidLink = () => new DomainError("INVALID_TOKEN", INVALID_INVITATION_LINK_MESSAGE);

type ClaimedInvitation = { id: string; workspaceId: string; email: string; role: Role; workspace: { slug: string } };

/**
 * Spends the invitation `rawToken` names and enters its workspace for the rest of the transaction.
 * The conditional update spends it once however many accept at the same moment; anything thrown
 * later rolls the spending back. Unknown, accepted, revoked or expired: the invalid-link error.
 */
async function claimInvitation(tx: Prisma.TransactionClient, rawToken: string, now: Date): Promise<ClaimedInvitation> {
  const invitationHash = hashToken(rawToken);
  await enterScope(tx, { invitationHash });
  const invitation = await tx.invitation.findFirst({
    where: usableInvitationWhere(invitationHash, now),
    select: { id: true, workspaceId: true, email: true, role: true, workspace: { select: { slug: true } } },
  });
  if (!invitation) throw invalidLink();
  await enterScope(tx, { workspaceId: invitation.workspaceId, invitationHash });
  const { count } = await tx.invitation.updateMany({
    where: { AND: [usableInvitationWhere(invitationHash, now), { id: invitation.id }] },
    data: { acceptedAt: now },
  });
  if (count === 0) throw invalidLink();
  return invitation;
}

/** The invited role in the invitation's workspace (a member already keeps theirs), with its audit entry. */
async function addMembership(tx: Prisma.TransactionClient, invitation: ClaimedInvitation, userId: string, context?: RequestContext) {
  const { workspaceId, role } = invitation;
  const existing = await tx.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId } }, select: { id: true } });
  if (!existing) await tx.membership.create({ data: { workspaceId, userId, role } });
  await recordAudit(tx, {
    workspaceId,
    actorId: userId,
    action: "user.invitation_accepted",
    targetType: "user",
    targetId: userId,
    metadata: { email: invitation.email, role, invitationId: invitation.id },
    context,
  });
  return { workspaceSlug: invitation.workspace.slug };
}

/**
 * A person without an account accepts: the account (name, password, and the email verified, since
 * following the emailed link proved the inbox) and the membership with the invited role, in one
 * transaction with the spent invitation and its `user.invitation_accepted` entry. An account that
 * has no password (an invitation of the old kind, a forced reset) gets this one, as its reset link
 * would give it. An email with a usable account must sign in and join instead. Public: the token
 * is the proof. A refused password leaves the link usable. The person signs in next.
 */
export async function acceptInvitation(input: AcceptInvitationInput, context: RequestContext) {
  if (context.ip) await enforceRateLimit(acceptInvitationKey(context.ip), PASSWORD_RESET_IP_LIMIT);
  try {
    return await transactionFor({}, async (tx) => {
      const now = new Date();
      const invitation = await claimInvitation(tx, input.token, now);
      const account = await tx.user.findUnique({
        where: { email: invitation.email },
        select: { id: true, passwordHash: true, disabledAt: true, isServiceAccount: true },
      });
      if (account?.disabledAt || account?.isServiceAccount) throw invalidLink();
      if (account?.passwordHash) throw new DomainError("SIGN_IN_TO_ACCEPT", SIGN_IN_TO_ACCEPT_MESSAGE);
      const problem = findPasswordProblem(input.newPassword, invitation.email);
      if (problem) throw new ValidationError(problem, { newPassword: [problem] });
      const passwordHash = await hashPassword(input.newPassword);
      const user = account
        ? await tx.user.update({
            where: { id: account.id },
            data: { ...newPasswordFields(passwordHash, now), name: input.name, emailVerifiedAt: now },
            select: { id: true },
          })
        : await tx.user.create({
            data: { email: invitation.email, name: input.name, passwordHash, passwordChangedAt: now, emailVerifiedAt: now },
            select: { id: true },
          });
      const { workspaceSlug } = await addMembership(tx, invitation, user.id, context);
      return { email: invitation.email, workspaceSlug };
    });
  } catch (error) {
    // The email registered between the lookup and the insert: it has an account now.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("SIGN_IN_TO_ACCEPT", SIGN_IN_TO_ACCEPT_MESSAGE);
    }
    throw error;
  }
}

/**
 * The signed-in account the invitation is for joins its workspace with the invited role, in one
 * transaction with the spent invitation and its `user.invitation_accepted` entry; no second
 * account, no password. Signed in as another email: refused, the link stays usable. A disabled
 * account: the invalid-link error.
 */
export async function joinWorkspace(actor: Actor, { token }: InvitationTokenInput, context?: RequestContext) {
  if (context?.ip) await enforceRateLimit(acceptInvitationKey(context.ip), PASSWORD_RESET_IP_LIMIT);
  return transactionFor({}, async (tx) => {
    const now = new Date();
    const invitation = await claimInvitation(tx, token, now);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { email: true, disabledAt: true, emailVerifiedAt: true },
    });
    if (user.disabledAt) throw invalidLink();
    if (user.email.toLowerCase() !== invitation.email.toLowerCase()) throw new DomainError("WRONG_ACCOUNT", WRONG_ACCOUNT_MESSAGE);
    // Following the emailed link proved the inbox, as a verification link would.
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: actor.userId }, data: { emailVerifiedAt: now } });
    return addMembership(tx, invitation, actor.userId, context);
  });
}
