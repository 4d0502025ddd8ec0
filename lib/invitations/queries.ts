import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { hashToken } from "@/lib/auth/tokens";
import { db, dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { pendingInvitationScope, usableInvitationWhere } from "./policy";

export type InvitationPreview = {
  email: string;
  name: string;
  role: Role;
  workspaceName: string;
  workspaceSlug: string;
  /** Whether the email has an account with a password: it signs in and joins instead of registering. */
  hasAccount: boolean;
};

/**
 * What an invitation link offers, or null when it is unknown, accepted, revoked or expired, or
 * the account it is for is disabled (all alike, so the page leaks nothing). Public: the token is
 * the proof. It only looks the token up: mail scanners open every link, so only a submit spends it.
 */
export async function findUsableInvitation(rawToken: string): Promise<InvitationPreview | null> {
  const invitationHash = hashToken(rawToken);
  const invitation = await dbFor({ invitationHash }).invitation.findFirst({
    where: usableInvitationWhere(invitationHash, new Date()),
    select: { email: true, name: true, role: true, workspace: { select: { name: true, slug: true } } },
  });
  if (!invitation) return null;
  const account = await db.user.findUnique({
    where: { email: invitation.email },
    select: { passwordHash: true, disabledAt: true, isServiceAccount: true },
  });
  if (account?.disabledAt || account?.isServiceAccount) return null;
  const { workspace, ...rest } = invitation;
  return { ...rest, workspaceName: workspace.name, workspaceSlug: workspace.slug, hasAccount: Boolean(account?.passwordHash) };
}

/** The people page lists at most this many pending invitations, newest first. */
export const PENDING_INVITATIONS_SHOWN = 100;

const pendingInvitationSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  expiresAt: true,
  createdAt: true,
  invitedBy: { select: { name: true } },
} satisfies Prisma.InvitationSelect;

export type PendingInvitation = Prisma.InvitationGetPayload<{ select: typeof pendingInvitationSelect }>;

/** The admin's workspace's invitations not accepted or revoked yet (expired ones too), newest first. */
export async function listPendingInvitations(actor: Actor): Promise<PendingInvitation[]> {
  if (!can(actor, "members.manage")) throw new NotFoundError();
  return dbFor(actor).invitation.findMany({
    where: pendingInvitationScope(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PENDING_INVITATIONS_SHOWN,
    select: pendingInvitationSelect,
  });
}
