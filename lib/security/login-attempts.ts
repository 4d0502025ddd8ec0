import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { LoginOutcome } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import { decodeCreatedAtCursor, encodeCreatedAtCursor } from "@/lib/pagination/created-at-cursor";
import { signInAttemptScope } from "./policy";
import { SIGN_IN_ATTEMPT_PAGE_SIZE, type SignInAttemptFilters } from "./schemas";
import type { SignInReason } from "./sign-in-reasons";

export type LoginAttemptRecord = {
  email: string;
  userId: string | null;
  reason: SignInReason;
  context: RequestContext;
};

/** Appends one attempt; pass the transaction of the counter change it belongs to. */
export async function recordLoginAttempt(
  client: Prisma.TransactionClient | PrismaClient,
  { email, userId, reason, context }: LoginAttemptRecord,
): Promise<void> {
  await client.loginAttempt.create({
    data: {
      email,
      userId,
      reason,
      outcome: reason === "signed_in" ? LoginOutcome.SUCCEEDED : LoginOutcome.FAILED,
      ip: context.ip,
      userAgent: context.userAgent,
    },
  });
}

const signInAttemptSelect = {
  id: true,
  email: true,
  ip: true,
  userAgent: true,
  outcome: true,
  reason: true,
  createdAt: true,
  user: { select: { id: true, name: true } },
} satisfies Prisma.LoginAttemptSelect;

export type SignInAttemptItem = Prisma.LoginAttemptGetPayload<{ select: typeof signInAttemptSelect }>;
export type SignInAttemptPage = { attempts: SignInAttemptItem[]; olderCursor: string | null };

const DAY_MS = 24 * 60 * 60 * 1000;

function filterWhere({ email, ip, from, to }: SignInAttemptFilters): Prisma.LoginAttemptWhereInput {
  return {
    ...(email && { email }),
    ...(ip && { ip }),
    ...((from || to) && {
      createdAt: {
        ...(from && { gte: new Date(`${from}T00:00:00Z`) }),
        // `to` is a whole day: everything before the next midnight (UTC).
        ...(to && { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) }),
      },
    }),
  };
}

/**
 * Failed sign-ins an admin may see (signInAttemptScope), newest first, keyset-paged on
 * (created_at, id). Anyone but an admin gets an empty page, as if there were none.
 */
export async function listFailedSignInsForAdmin(
  actor: Actor,
  filters: SignInAttemptFilters,
): Promise<SignInAttemptPage> {
  if (!can(actor, "sign_ins.manage")) return { attempts: [], olderCursor: null };
  const after = decodeCreatedAtCursor(filters.after);
  const position: Prisma.LoginAttemptWhereInput = after
    ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
    : {};
  const rows = await dbFor(actor).loginAttempt.findMany({
    where: { AND: [signInAttemptScope(actor), { outcome: LoginOutcome.FAILED }, filterWhere(filters), position] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SIGN_IN_ATTEMPT_PAGE_SIZE + 1,
    select: signInAttemptSelect,
  });
  const attempts = rows.slice(0, SIGN_IN_ATTEMPT_PAGE_SIZE);
  const last = attempts[attempts.length - 1];
  return {
    attempts,
    olderCursor:
      rows.length > SIGN_IN_ATTEMPT_PAGE_SIZE && last
        ? encodeCreatedAtCursor({ createdAt: last.createdAt, id: last.id })
        : null,
  };
}

const RECENT_ACTIVITY_LIMIT = 10;

/** The actor's own latest sign-in attempts, successful or not, for their security page. */
export async function listRecentSignInsForUser(actor: Actor) {
  return dbFor(actor).loginAttempt.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_ACTIVITY_LIMIT,
    select: { id: true, ip: true, userAgent: true, outcome: true, reason: true, createdAt: true },
  });
}
