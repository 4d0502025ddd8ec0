import { z } from "zod";
import type { ApiScope } from "@/lib/api-keys/scopes";
import type { ApiErrorCode } from "../errors";
import { INCIDENT_OPERATIONS } from "./incident-operations";
import * as k from "./key-schemas";
import * as t from "./token-schemas";
import * as s from "./schemas";

// Every /api/v1 operation as data: what it needs (scope), takes (parameters, body) and answers.
// The route handlers validate with these schemas and openapi.ts turns the same list into the
// OpenAPI document, so the contract is what the code does.

export type ApiResponseSpec = { description: string; schema?: z.ZodType; headers?: string[] };

export type ApiOperationSpec = {
  operationId: string;
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI path template, e.g. /tickets/{number}. */
  path: string;
  summary: string;
  description: string;
  tag: "Tickets" | "Comments" | "Incidents" | "Categories" | "Users" | "Audit log" | "API keys" | "Account" | "Sign-in";
  scope: ApiScope | null;
  /**
   * Staff business (incidents): a key whose owner's role can never hold the scope gets the 404 of
   * something it cannot see rather than a 403, so nothing tells a client that any exist.
   */
  isStaffOnly?: true;
  /** Takes no key (the token exchange): no security requirement and no per-key rate-limit headers. */
  isPublic?: true;
  pathParams?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A body the operation accepts, shown in the document (its test parses it with `body`). */
  bodyExample?: unknown;
  /** Request headers the operation reads beyond Authorization. */
  requestHeaders?: ("Idempotency-Key" | "If-Match")[];
  responses: Record<number, ApiResponseSpec>;
  /**
   * The error codes it may answer with, beyond those every operation may (openapi.ts): 401, the
   * 403 of a token whose owner must enrol in two-factor, 429, and 503.
   */
  errors: ApiErrorCode[];
};

const ticketNumberParams = z.object({ number: z.string().regex(/^\d{1,10}$/).describe("The ticket's number, e.g. 1042.") });

export const API_OPERATIONS: ApiOperationSpec[] = [
  {
    operationId: "listTickets",
    method: "get",
    path: "/tickets",
    summary: "List and search tickets",
    description: "The tickets the key's account may see (clients: their own), newest activity first, with the ticket list's filters and full-text `q`. Pages by cursor: pass `nextCursor` back as `cursor`.",
    tag: "Tickets",
    scope: "tickets:read",
    query: s.listTicketsQuerySchema,
    responses: { 200: { description: "A page of tickets.", schema: s.ticketListSchema } },
    errors: ["FORBIDDEN", "VALIDATION_FAILED"],
  },
  {
    operationId: "createTicket",
    method: "post",
    path: "/tickets",
    summary: "File a ticket",
    description: "Files a ticket as the key's account. With an `Idempotency-Key` header a retry with the same body returns the ticket the first request filed instead of filing another; the same key with a different body is refused (422).",
    tag: "Tickets",
    scope: "tickets:write",
    body: s.createTicketBodySchema,
    requestHeaders: ["Idempotency-Key"],
    responses: {
      201: { description: "The ticket filed (or, for a repeated Idempotency-Key, filed before).", schema: s.ticketSchema, headers: ["Location", "ETag"] },
    },
    errors: ["BAD_REQUEST", "FORBIDDEN", "VALIDATION_FAILED", "IDEMPOTENCY_KEY_REUSED", "QUOTA_EXCEEDED"],
  },
  {
    operationId: "getTicket",
    method: "get",
    path: "/tickets/{number}",
    summary: "Read a ticket",
    description: "One ticket with its version in `ETag`, to send back as `If-Match` when changing it. A ticket merged into another redirects there.",
    tag: "Tickets",
    scope: "tickets:read",
    pathParams: ticketNumberParams,
    responses: {
      200: { description: "The ticket.", schema: s.ticketSchema, headers: ["ETag"] },
      301: { description: "The ticket was merged into the one in `Location`.", headers: ["Location"] },
    },
    errors: ["FORBIDDEN", "NOT_FOUND"],
  },
  {
    operationId: "updateTicket",
    method: "patch",
    path: "/tickets/{number}",
    summary: "Change a ticket's status, priority, category or assignee",
    description: "Staff only. Requires `If-Match` with the version from `ETag`; a ticket changed since is a 409 and nothing is written. All fields change together or none does.",
    tag: "Tickets",
    scope: "tickets:write",
    pathParams: ticketNumberParams,
    body: s.updateTicketBodySchema,
    requestHeaders: ["If-Match"],
    responses: { 200: { description: "The ticket after the change.", schema: s.ticketSchema, headers: ["ETag"] } },
    errors: ["BAD_REQUEST", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "VALIDATION_FAILED", "PRECONDITION_REQUIRED", "QUOTA_EXCEEDED"],
  },
  {
    operationId: "listComments",
    method: "get",
    path: "/tickets/{number}/comments",
    summary: "List a ticket's replies",
    description: "Replies oldest first (the newest 500); internal notes for staff only.",
    tag: "Comments",
    scope: "tickets:read",
    pathParams: ticketNumberParams,
    responses: { 200: { description: "The replies.", schema: s.commentListSchema } },
    errors: ["FORBIDDEN", "NOT_FOUND"],
  },
  {
    operationId: "createComment",
    method: "post",
    path: "/tickets/{number}/comments",
    summary: "Reply to a ticket, or add an internal note",
    description: "A public reply, or for staff an internal note (`isInternal: true`). With an `Idempotency-Key` header a retry with the same body returns the first reply; the same key with a different body is refused (422).",
    tag: "Comments",
    scope: "tickets:write",
    pathParams: ticketNumberParams,
    body: s.createCommentBodySchema,
    requestHeaders: ["Idempotency-Key"],
    responses: { 201: { description: "The reply posted.", schema: s.commentSchema } },
    errors: ["BAD_REQUEST", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "IDEMPOTENCY_KEY_REUSED", "QUOTA_EXCEEDED"],
  },
  ...INCIDENT_OPERATIONS,
  {
    operationId: "listCategories",
    method: "get",
    path: "/categories",
    summary: "List the categories tickets can be filed under",
    description: "The workspace's active categories by name.",
    tag: "Categories",
    scope: "categories:read",
    responses: { 200: { description: "The categories.", schema: s.categoryListSchema } },
    errors: ["FORBIDDEN"],
  },
  {
    operationId: "listUsers",
    method: "get",
    path: "/users",
    summary: "List the workspace's members",
    description: "Admins' keys only. By email, 50 at a time; `q` matches name or email.",
    tag: "Users",
    scope: "users:read",
    query: s.listUsersQuerySchema,
    responses: { 200: { description: "A page of members.", schema: s.userListSchema } },
    errors: ["FORBIDDEN", "VALIDATION_FAILED"],
  },
  {
    operationId: "createUser",
    method: "post",
    path: "/users",
    summary: "Invite a member",
    description:
      "Admins' keys only. Emails an invitation to join the workspace with a role, valid for 7 days: an existing account joins after signing in, a new person chooses a password. They are listed as members once they accept. Inviting an email with a pending invitation replaces it; a member's email is a 409.",
    tag: "Users",
    scope: "users:write",
    body: s.createUserBodySchema,
    responses: { 201: { description: "The pending invitation.", schema: s.invitationSchema } },
    errors: ["BAD_REQUEST", "FORBIDDEN", "CONFLICT", "VALIDATION_FAILED", "QUOTA_EXCEEDED"],
  },
  {
    operationId: "listAuditLogs",
    method: "get",
    path: "/audit-logs",
    summary: "Read the audit log",
    description: "Admins' keys only. Newest first, 50 at a time, with the audit viewer's filters.",
    tag: "Audit log",
    scope: "audit:read",
    query: s.listAuditLogsQuerySchema,
    responses: { 200: { description: "A page of entries.", schema: s.auditLogListSchema } },
    errors: ["FORBIDDEN", "VALIDATION_FAILED"],
  },
  {
    operationId: "listServiceAccounts",
    method: "get",
    path: "/service-accounts",
    summary: "List the workspace's service accounts",
    description: "Admins' keys only. Newest first (the newest 200), each with its role and how many of its keys still work.",
    tag: "API keys",
    scope: "api_keys:manage",
    responses: { 200: { description: "The service accounts.", schema: k.serviceAccountListSchema } },
    errors: ["FORBIDDEN"],
  },
  {
    operationId: "createServiceAccount",
    method: "post",
    path: "/service-accounts",
    summary: "Create a service account and its first key",
    description: "Admins' keys only, as Admin → API keys does: a service account named after the key (it cannot sign in and gets no email), an agent unless a scope needs an admin, and its key, whose token this answer carries once. Audited as `api_key.created`.",
    tag: "API keys",
    scope: "api_keys:manage",
    body: k.createServiceAccountBodySchema,
    bodyExample: k.createServiceAccountBodyExample,
    responses: { 201: { description: "The service account and its key, with the token (shown this once).", schema: k.createdServiceAccountSchema } },
    errors: ["BAD_REQUEST", "FORBIDDEN", "VALIDATION_FAILED", "QUOTA_EXCEEDED"],
  },
  {
    operationId: "listApiKeys",
    method: "get",
    path: "/api-keys",
    summary: "List the workspace's service keys",
    description: "Admins' keys only. Every service key, revoked and expired ones included, newest first (the newest 200), with its last use; never a token or its hash.",
    tag: "API keys",
    scope: "api_keys:manage",
    responses: { 200: { description: "The keys.", schema: k.apiKeyListSchema } },
    errors: ["FORBIDDEN"],
  },
  {
    operationId: "createApiKey",
    method: "post",
    path: "/api-keys",
    summary: "Create another key for a service account",
    description: "Admins' keys only: to rotate a key, create its successor here, switch the integration over, then revoke the old one. The scopes must be ones the service account's role allows (else 422: create a new service account instead). An account of another workspace is a 404. Audited as `api_key.created`.",
    tag: "API keys",
    scope: "api_keys:manage",
    body: k.createApiKeyBodySchema,
    bodyExample: k.createApiKeyBodyExample,
    responses: { 201: { description: "The key, with its token (shown this once).", schema: k.createdApiKeySchema } },
    errors: ["BAD_REQUEST", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "QUOTA_EXCEEDED"],
  },
  {
    operationId: "revokeApiKey",
    method: "post",
    path: "/api-keys/{id}/revoke",
    summary: "Revoke a key",
    description: "Admins' keys only: any key of the workspace, a service key or a member's personal token, stops working on its next request. Revoking a revoked key changes nothing (`revoked: false`). A key of another workspace is a 404. Audited as `api_key.revoked`.",
    tag: "API keys",
    scope: "api_keys:manage",
    pathParams: k.apiKeyIdParamsSchema,
    responses: { 200: { description: "Whether this call revoked it.", schema: k.revokedApiKeySchema } },
    errors: ["FORBIDDEN", "NOT_FOUND", "QUOTA_EXCEEDED"],
  },
  {
    operationId: "createToken",
    method: "post",
    path: "/auth/token",
    summary: "Sign in and get a short-lived personal token",
    description:
      "For scripts that sign in as a person: exchanges email, password and, when the account has two-factor, `code` (the current 6-digit code or a recovery code) for a personal token that expires after one hour, with the `scopes` asked; a scope beyond the member's role is refused with 422 (never silently dropped). The token belongs to the member's first workspace, or to the one whose slug `workspace` names (404 when not a member there). It runs the sign-in form's own checks: the same throttles (429 `RATE_LIMITED`; also past 20 tokens for one member in an hour), lockout (403 `ACCOUNT_LOCKED`), sign-in log and audit (`user.signed_in`, then `api_key.created`); wrong credentials, an unknown email or a disabled account all get the form's one generic 401. Where the form would ask for its proof-of-work check, this answers 429 `CAPTCHA_REQUIRED` with `Retry-After`. No cookie is set.",
    tag: "Sign-in",
    scope: null,
    isPublic: true,
    body: t.createTokenBodySchema,
    bodyExample: t.createTokenBodyExample,
    responses: { 201: { description: "The token (shown this once), who it acts as, where and until when.", schema: t.createdTokenSchema } },
    errors: ["BAD_REQUEST", "TWO_FACTOR_REQUIRED", "INVALID_TWO_FACTOR_CODE", "EMAIL_UNVERIFIED", "ACCOUNT_LOCKED", "NOT_FOUND", "VALIDATION_FAILED", "CAPTCHA_REQUIRED"],
  },
  {
    operationId: "getMe",
    method: "get",
    path: "/me",
    summary: "Who the key acts as",
    description: "The account the key acts as, the workspace it belongs to (id, name, slug), the account's role there, and the key's kind and effective scopes (those its owner's current role still allows).",
    tag: "Account",
    scope: null,
    responses: { 200: { description: "The key's account.", schema: s.meSchema } },
    errors: [],
  },
  {
    operationId: "listWorkspaces",
    method: "get",
    path: "/workspaces",
    summary: "The workspaces the key's owner belongs to",
    description: "For a personal token, every workspace its owner is a member of, with the role held there, oldest membership first; the token itself still acts only in its own workspace (`GET /me`). For a service key, its own workspace only.",
    tag: "Account",
    scope: null,
    responses: { 200: { description: "The memberships.", schema: s.workspaceListSchema } },
    errors: [],
  },
  {
    operationId: "getUsage",
    method: "get",
    path: "/usage",
    summary: "Today's API usage and limits",
    description: "The workspace's API reads and writes of the current UTC day, its daily write quota and the per-key rate limit.",
    tag: "Account",
    scope: null,
    responses: { 200: { description: "Usage and limits.", schema: s.usageSchema } },
    errors: [],
  },
];

export function operationSpec(operationId: string): ApiOperationSpec {
  const operation = API_OPERATIONS.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`Unknown API operation ${operationId}`);
  return operation;
}
