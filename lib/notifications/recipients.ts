import "server-only";
import { STAFF_ROLES } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

type Transaction = Prisma.TransactionClient;

/**
 * Most new-ticket emails one ticket sends. Past it, the longest-standing members hear about it;
 * a workspace that large should route new tickets with category watchers instead.
 */
export const MAX_NEW_TICKET_RECIPIENTS = 200;

const ticketForEmailSelect = {
  number: true,
  title: true,
  workspaceId: true,
  requesterId: true,
  priority: true,
  workspace: { select: { slug: true, clientReopenDays: true } },
  requester: {
    select: {
      name: true,
      email: true,
      disabledAt: true,
      memberships: { select: { workspaceId: true, notifyOwnTicketUpdates: true } },
    },
  },
} satisfies Prisma.TicketSelect;

export type TicketForEmail = Prisma.TicketGetPayload<{ select: typeof ticketForEmailSelect }>;

/** The ticket with what its emails name, its requester and the requester's preferences, in one query. */
export function findTicketForEmail(tx: Transaction, ticketId: string): Promise<TicketForEmail> {
  return tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: ticketForEmailSelect });
}

export type Recipient = { name: string; email: string };

/**
 * Staff accounts that may hear about tickets: not disabled, and signed up or through their
 * invitation (a verified address). An invited member who has not accepted yet is not in the
 * team; their inbox may not even be theirs, so it gets no ticket titles or requester names.
 */
const ACTIVE_ACCOUNT = { disabledAt: null, emailVerifiedAt: { not: null } } satisfies Prisma.UserWhereInput;

type RequesterWithPreferences = Pick<TicketForEmail, "requester" | "workspaceId">;

/**
 * The requester, when their account is active, they are still a member of the ticket's workspace
 * and they want updates on the tickets they filed; else null.
 */
export function requesterWantingUpdates({ requester, workspaceId }: RequesterWithPreferences): Recipient | null {
  if (requester.disabledAt) return null;
  const membership = requester.memberships.find((candidate) => candidate.workspaceId === workspaceId);
  return membership?.notifyOwnTicketUpdates ? { name: requester.name, email: requester.email } : null;
}

/** An active staff member of the workspace (ACTIVE_ACCOUNT) who wants assignment emails, or null. */
export async function findAssigneeWantingEmail(tx: Transaction, workspaceId: string, userId: string): Promise<Recipient | null> {
  const membership = await tx.membership.findFirst({
    where: { workspaceId, userId, role: { in: [...STAFF_ROLES] }, notifyAssignments: true, user: ACTIVE_ACCOUNT },
    select: { user: { select: { name: true, email: true } } },
  });
  return membership?.user ?? null;
}

function findStaffWantingNewTickets(tx: Transaction, where: Prisma.MembershipWhereInput) {
  return tx.membership.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    // One more than the cap, so that dropping the creator still leaves a full list.
    take: MAX_NEW_TICKET_RECIPIENTS + 1,
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
}

/**
 * Who hears about a new ticket: the active staff (ACTIVE_ACCOUNT) who want new-ticket emails
 * and watch its category; when none of them watches it (or it has no category), all active
 * staff who want them. Never the creator, who knows. At most MAX_NEW_TICKET_RECIPIENTS.
 */
async function findNewTicketRecipients(
  tx: Transaction,
  ticket: { workspaceId: string; categoryId: string | null },
  creatorId: string,
): Promise<Recipient[]> {
  const wanting: Prisma.MembershipWhereInput = {
    workspaceId: ticket.workspaceId,
    role: { in: [...STAFF_ROLES] },
    notifyNewTickets: true,
    user: ACTIVE_ACCOUNT,
  };
  const watchers = ticket.categoryId
    ? await findStaffWantingNewTickets(tx, {
        ...wanting,
        user: { ...ACTIVE_ACCOUNT, watchedCategories: { some: { categoryId: ticket.categoryId } } },
      })
    : [];
  const members = watchers.length > 0 ? watchers : await findStaffWantingNewTickets(tx, wanting);
  return members
    .filter((member) => member.userId !== creatorId)
    .slice(0, MAX_NEW_TICKET_RECIPIENTS)
    .map(({ user }) => user);
}

export type NewTicketAudience = {
  requesterName: string;
  /** The requester, when they want updates on their tickets (requesterWantingUpdates). */
  requester: Recipient | null;
  /** The staff who hear about it (findNewTicketRecipients). */
  staff: Recipient[];
};

/**
 * Who a ticket about to be filed by `requesterId` will email, read before it exists: its filing
 * writes everything after taking the workspace's number, whose lock lasts until commit.
 */
export async function findNewTicketAudience(
  tx: Transaction,
  ticket: { workspaceId: string; categoryId: string | null; requesterId: string },
): Promise<NewTicketAudience> {
  const requester = await tx.user.findUniqueOrThrow({
    where: { id: ticket.requesterId },
    select: ticketForEmailSelect.requester.select,
  });
  return {
    requesterName: requester.name,
    requester: requesterWantingUpdates({ requester, workspaceId: ticket.workspaceId }),
    staff: await findNewTicketRecipients(tx, ticket, ticket.requesterId),
  };
}
