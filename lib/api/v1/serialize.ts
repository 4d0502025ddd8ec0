import type { z } from "zod";
import type { AuditEntryItem } from "@/lib/audit/queries";
import type { MemberItem } from "@/lib/members/queries";
import type { TicketComment, TicketDetail, TicketListItem } from "@/lib/tickets/queries";
import type { auditEntrySchema, commentSchema, ticketSchema, ticketSummarySchema, userSchema } from "./schemas";

// Domain rows to the API's documented shapes (schemas.ts): ISO timestamps, no internal ids the
// caller has no use for.

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toTicketSummary(ticket: TicketListItem): z.infer<typeof ticketSummarySchema> {
  return {
    number: ticket.number,
    title: ticket.title,
    kind: ticket.kind,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category,
    requester: ticket.requester,
    assignee: ticket.assignee,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    dueAt: iso(ticket.dueAt),
  };
}

export function toTicket(ticket: TicketDetail): z.infer<typeof ticketSchema> {
  return {
    number: ticket.number,
    title: ticket.title,
    description: ticket.description,
    kind: ticket.kind,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category,
    requester: ticket.requester,
    assignee: ticket.assignee,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    dueAt: iso(ticket.dueAt),
    firstResponseAt: iso(ticket.firstResponseAt),
    firstResponseDueAt: iso(ticket.firstResponseDueAt),
    resolvedAt: iso(ticket.resolvedAt),
    closedAt: iso(ticket.closedAt),
    version: ticket.version,
  };
}

export function toComment(comment: TicketComment): z.infer<typeof commentSchema> {
  return { ...comment, createdAt: comment.createdAt.toISOString() };
}

/** A member: invited until they chose a password, disabled when an admin disabled them. */
export function toUser(member: MemberItem): z.infer<typeof userSchema> {
  const { user } = member;
  const status = user.disabledAt ? "disabled" : user.authTokens.length > 0 ? "invited" : "active";
  return { id: user.id, name: user.name, email: user.email, role: member.role, status, createdAt: member.createdAt.toISOString() };
}

export function toAuditEntry(entry: AuditEntryItem): z.infer<typeof auditEntrySchema> {
  return {
    id: entry.id,
    action: entry.action,
    actor: entry.actor,
    targetType: entry.targetType,
    targetId: entry.targetId,
    metadata: entry.metadata,
    ip: entry.ip,
    createdAt: entry.createdAt.toISOString(),
  };
}
