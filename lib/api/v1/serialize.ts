import type { z } from "zod";
import type { CreatedApiKey } from "@/lib/api-keys/mutations";
import type { ApiKeySummary, ServiceAccountItem } from "@/lib/api-keys/queries";
import type { ApiScope } from "@/lib/api-keys/scopes";
import type { AuditEntryItem } from "@/lib/audit/queries";
import type { IncidentDetail, IncidentListItem, IncidentTimelineEvent } from "@/lib/incidents/queries";
import type { IncidentTaskItem } from "@/lib/incidents/tasks/queries";
import type { listIncidentUpdates } from "@/lib/incidents/updates/queries";
import type { IssuedInvitation } from "@/lib/invitations/issue";
import type { MemberItem } from "@/lib/members/queries";
import type { TicketComment, TicketDetail, TicketListItem } from "@/lib/tickets/queries";
import { incidentSchema, incidentSummarySchema, timelineEventSchema } from "./incident-schemas";
import { statusUpdateSchema, taskSchema } from "./incident-work-schemas";
import { apiKeySchema, createdApiKeySchema, serviceAccountSchema } from "./key-schemas";
import { auditEntrySchema, commentSchema, invitationSchema, ticketSchema, ticketSummarySchema, userSchema } from "./schemas";

// Domain rows to the API's documented shapes (schemas.ts). The response schema itself does it:
// zod keeps the documented fields only (internal ids and the like are dropped) and checks them,
// so an answer can never carry more, or other, than the OpenAPI document says.

/** Dates as ISO strings, in plain objects at any depth: what JSON would carry. */
function withIsoDates(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(withIsoDates);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withIsoDates(inner)]));
  }
  return value;
}

const documented =
  <S extends z.ZodType, Row>(schema: S) =>
  (row: Row): z.infer<S> =>
    schema.parse(withIsoDates(row));

export const toTicketSummary = documented<typeof ticketSummarySchema, TicketListItem>(ticketSummarySchema);
export const toTicket = documented<typeof ticketSchema, TicketDetail>(ticketSchema);
export const toComment = documented<typeof commentSchema, TicketComment>(commentSchema);
export const toAuditEntry = documented<typeof auditEntrySchema, AuditEntryItem>(auditEntrySchema);
export const toInvitation = documented<typeof invitationSchema, IssuedInvitation>(invitationSchema);
export const toIncident = documented<typeof incidentSchema, IncidentDetail>(incidentSchema);
export const toTimelineEvent = documented<typeof timelineEventSchema, IncidentTimelineEvent>(timelineEventSchema);
export const toTask = documented<typeof taskSchema, IncidentTaskItem>(taskSchema);
export const toStatusUpdate = documented<typeof statusUpdateSchema, Awaited<ReturnType<typeof listIncidentUpdates>>[number]>(statusUpdateSchema);
export const toIncidentSummary = ({ _count, ...incident }: IncidentListItem): z.infer<typeof incidentSummarySchema> =>
  incidentSummarySchema.parse(withIsoDates({ ...incident, linkedTickets: _count.tickets }));

/** A member: disabled when an admin disabled them. Invited people are members once they accept. */
export function toUser({ user, role, createdAt }: MemberItem): z.infer<typeof userSchema> {
  const status = user.disabledAt ? "disabled" : "active";
  return userSchema.parse({ id: user.id, name: user.name, email: user.email, role, status, createdAt: createdAt.toISOString() });
}

/** A key as listed: its service account by id, never its hash. */
export const toApiKey = ({ userId, ...key }: ApiKeySummary): z.infer<typeof apiKeySchema> =>
  apiKeySchema.parse(withIsoDates({ ...key, serviceAccountId: userId }));

export const toServiceAccount = ({ role, createdAt, user }: ServiceAccountItem): z.infer<typeof serviceAccountSchema> =>
  serviceAccountSchema.parse({ id: user.id, name: user.name, role, activeKeys: user._count.apiKeys, createdAt: createdAt.toISOString() });

/** A key just created, with the token it is shown with this once. */
export function toCreatedApiKey(key: CreatedApiKey, input: { serviceAccountId: string; name: string; scopes: ApiScope[] }): z.infer<typeof createdApiKeySchema> {
  return createdApiKeySchema.parse({ ...input, id: key.id, prefix: key.prefix, token: key.token, expiresAt: key.expiresAt?.toISOString() ?? null });
}
