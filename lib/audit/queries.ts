import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type CreatedAtCursor, decodeCreatedAtCursor, encodeCreatedAtCursor } from "@/lib/pagination/created-at-cursor";
import { auditScope } from "./policy";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const auditEntrySelect = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  metadata: true,
  ip: true,
  createdAt: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditEntrySelect }>;
/** An entry with what its target link needs: the user's email or the ticket's number. */
export type AuditEntryItem = AuditRow & { targetUserEmail: string | null; targetTicketNumber: number | null };
export type AuditPage = { entries: AuditEntryItem[]; olderCursor: string | null };

function filterWhere({ action, targetType, targetId, from, to }: AuditFilters): Prisma.AuditLogWhereInput {
  return {
    // A family such as "user." matches every action in it; anything else matches exactly.
    ...(action && { action: action.endsWith(".") ? { startsWith: action } : action }),
    ...(targetType && { targetType }),
    ...(targetId && { targetId }),
    ...((from || to) && {
      createdAt: {
        ...(from && { gte: new Date(`${from}T00:00:00Z`) }),
        // `to` is a whole day: everything before the next midnight (UTC).
        ...(to && { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) }),
      },
    }),
  };
}

function positionWhere(after: CreatedAtCursor | null): Prisma.AuditLogWhereInput {
  if (!after) return {};
  return { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] };
}

const targetIdsOf = (rows: AuditRow[], type: string) => [
  ...new Set(rows.filter((row) => row.targetType === type && row.targetId && UUID.test(row.targetId)).map((row) => row.targetId as string)),
];

const metadataNumber = (metadata: Prisma.JsonValue): number | null => {
  const value = metadata && typeof metadata === "object" && !Array.isArray(metadata) ? metadata.number : null;
  return typeof value === "number" ? value : null;
};

/**
 * Looks up, in one query per kind, the emails of user targets and the numbers of ticket targets
 * whose entry does not carry one, both within the workspace: a link never names another
 * workspace's record.
 */
async function withTargetDetails(actor: Actor, rows: AuditRow[]): Promise<AuditEntryItem[]> {
  const userIds = targetIdsOf(rows, "user");
  const ticketIds = targetIdsOf(rows.filter((row) => metadataNumber(row.metadata) === null), "ticket");
  const [users, tickets] = await Promise.all([
    userIds.length === 0
      ? []
      : dbFor(actor).user.findMany({
          where: { id: { in: userIds }, memberships: { some: { workspaceId: actor.workspaceId } } },
          select: { id: true, email: true },
        }),
    ticketIds.length === 0
      ? []
      : dbFor(actor).ticket.findMany({ where: { id: { in: ticketIds }, workspaceId: actor.workspaceId }, select: { id: true, number: true } }),
  ]);
  const emails = new Map(users.map((user) => [user.id, user.email]));
  const numbers = new Map(tickets.map((ticket) => [ticket.id, ticket.number]));
  return rows.map((row) => ({
    ...row,
    targetUserEmail: row.targetType === "user" && row.targetId ? (emails.get(row.targetId) ?? null) : null,
    targetTicketNumber:
      row.targetType === "ticket" ? (metadataNumber(row.metadata) ?? numbers.get(row.targetId ?? "") ?? null) : null,
  }));
}

/**
 * The admin's workspace's audit entries, newest first, keyset-paged on (created_at, id) so the
 * (workspace_id, created_at) and (actor_id, created_at) indexes serve every page. Filters: the
 * actor's email (exact), the action (exact, or a family ending in "."), the target, UTC days.
 * Anyone but an admin gets "not found".
 */
export async function listAuditEntries(actor: Actor, filters: AuditFilters): Promise<AuditPage> {
  if (!can(actor, "audit.read")) throw new NotFoundError();
  let actorWhere: Prisma.AuditLogWhereInput = {};
  if (filters.actor) {
    const user = await dbFor(actor).user.findUnique({ where: { email: filters.actor }, select: { id: true } });
    if (!user) return { entries: [], olderCursor: null };
    actorWhere = { actorId: user.id };
  }
  const rows = await dbFor(actor).auditLog.findMany({
    where: { AND: [auditScope(actor), actorWhere, filterWhere(filters), positionWhere(decodeCreatedAtCursor(filters.after))] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: auditEntrySelect,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return {
    entries: await withTargetDetails(actor, page),
    olderCursor: rows.length > AUDIT_PAGE_SIZE && last ? encodeCreatedAtCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
