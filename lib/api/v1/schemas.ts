import { z } from "zod";
import { ApiKeyKind, TicketKind, TicketPriority, TicketStatus, Role } from "@/lib/generated/prisma/enums";
import { API_SCOPES } from "@/lib/api-keys/scopes";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { inviteMemberSchema } from "@/lib/invitations/schemas";
import { memberFiltersSchema } from "@/lib/members/schemas";
import { ticketFieldsSchema } from "@/lib/tickets/change-schemas";
import { createTicketSchema, replySchema } from "@/lib/tickets/schemas";
import { ticketFiltersSchema } from "@/lib/tickets/search/schemas";

// The API's request and response shapes. Requests reuse the app's own input schemas (the same
// rules as the forms and actions); responses are written out here. Both feed the OpenAPI
// document (openapi.ts), so the contract cannot drift from what the handlers validate.

// ---- requests ----

// List queries are strict: an unknown parameter or an invalid value is a 422 with field details,
// never a silently unfiltered list.

/** GET /tickets: the ticket list's URL filters, plus a page size. */
export const listTicketsQuerySchema = z.strictObject({
  ...ticketFiltersSchema.shape,
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** POST /tickets: the form's fields; the Idempotency-Key header stands in for its request key. */
export const createTicketBodySchema = createTicketSchema.omit({ requestKey: true });

/** PATCH /tickets/{number}: any of status, priority, category and assignee. */
export const updateTicketBodySchema = ticketFieldsSchema;

/** POST /tickets/{number}/comments: a public reply, or for staff an internal note. */
export const createCommentBodySchema = replySchema.pick({ body: true }).extend({ isInternal: z.boolean().default(false) });

export const listUsersQuerySchema = z.strictObject(memberFiltersSchema.shape);
export const createUserBodySchema = inviteMemberSchema;
export const listAuditLogsQuerySchema = z.strictObject(auditFiltersSchema.shape);

/** The Idempotency-Key header: any printable text up to 200 characters. */
export const idempotencyKeySchema = z.string().trim().min(1).max(200).regex(/^[\x21-\x7e]+$/, "Use printable ASCII without spaces.");

// ---- responses ----

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), name: z.string() });

export const categoryRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const ticketSummarySchema = z.object({
  number: z.int(),
  title: z.string(),
  kind: z.enum(TicketKind),
  status: z.enum(TicketStatus),
  priority: z.enum(TicketPriority),
  category: z.object({ name: z.string() }).nullable(),
  requester: z.object({ name: z.string() }),
  assignee: z.object({ name: z.string() }).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  dueAt: timestamp.nullable(),
});

export const ticketListSchema = z.object({
  data: z.array(ticketSummarySchema),
  nextCursor: z.string().nullable(),
  prevCursor: z.string().nullable(),
});

export const ticketSchema = z.object({
  number: z.int(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(TicketKind),
  status: z.enum(TicketStatus),
  priority: z.enum(TicketPriority),
  category: categoryRefSchema.nullable(),
  requester: z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable() }),
  assignee: person.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  dueAt: timestamp.nullable(),
  firstResponseAt: timestamp.nullable(),
  firstResponseDueAt: timestamp.nullable(),
  resolvedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  version: z.int(),
});

export const commentSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  isInternal: z.boolean(),
  author: z.object({ name: z.string(), isStaff: z.boolean() }),
  createdAt: timestamp,
});
export const commentListSchema = z.object({ data: z.array(commentSchema), hasEarlier: z.boolean() });

export const categoryListSchema = z.object({ data: z.array(categoryRefSchema.extend({ description: z.string() })) });

export const workspaceRefSchema = z.object({ id: z.uuid(), name: z.string(), slug: z.string() });

export const meSchema = z
  .object({
    user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    /** Kept beside `workspace` for clients written before it. */
    workspaceId: z.uuid(),
    workspace: workspaceRefSchema,
    role: z.enum(Role),
    key: z.object({ id: z.uuid(), kind: z.enum(ApiKeyKind), scopes: z.array(z.enum(API_SCOPES)) }),
  })
  .meta({
    examples: [
      {
        user: { id: "0b8f9a52-3c1d-4e6f-8a7b-9c0d1e2f3a4b", name: "Ada Lovelace", email: "ada@acme.test" },
        workspaceId: "6f1c1f3e-8a52-4b8e-9a39-0c9d6a0b6d11",
        workspace: { id: "6f1c1f3e-8a52-4b8e-9a39-0c9d6a0b6d11", name: "Acme IT", slug: "acme-it" },
        role: "AGENT",
        key: { id: "3d5e7f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f", kind: "PERSONAL", scopes: ["tickets:read", "tickets:write"] },
      },
    ],
  });

export const workspaceMembershipSchema = workspaceRefSchema.extend({ role: z.enum(Role) });
export const workspaceListSchema = z.object({ data: z.array(workspaceMembershipSchema) }).meta({
  examples: [
    {
      data: [
        { id: "6f1c1f3e-8a52-4b8e-9a39-0c9d6a0b6d11", name: "Acme IT", slug: "acme-it", role: "AGENT" },
        { id: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", name: "Acme HR", slug: "acme-hr", role: "ADMIN" },
      ],
    },
  ],
});

export const usageSchema = z.object({
  day: z.iso.date(),
  reads: z.int(),
  writes: z.int(),
  dailyWriteQuota: z.int(),
  writesRemaining: z.int(),
  requestsPerMinute: z.int(),
});

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(Role),
  status: z.enum(["active", "disabled"]),
  createdAt: timestamp,
});
export const userListSchema = z.object({ data: z.array(userSchema), nextCursor: z.string().nullable() });

/** A pending invitation: the person becomes a member (a user) when they follow its link. */
export const invitationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(Role),
  expiresAt: timestamp,
  createdAt: timestamp,
});

export const auditEntrySchema = z.object({
  id: z.uuid(),
  action: z.string(),
  actor: z.object({ name: z.string(), email: z.string() }).nullable(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  metadata: z.unknown(),
  ip: z.string().nullable(),
  createdAt: timestamp,
});
export const auditLogListSchema = z.object({ data: z.array(auditEntrySchema), nextCursor: z.string().nullable() });

export const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  traceId: z.uuid(),
  details: z.record(z.string(), z.unknown()).optional(),
});
