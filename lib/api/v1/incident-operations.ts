import * as i from "./incident-schemas";
import type { ApiOperationSpec } from "./operations";

// The incident operations of /api/v1 (operations.ts lists them with the rest). Staff only: a key
// whose owner could never hold the scope (a client's) is answered 404, as if there were none.

const READ = { tag: "Incidents", scope: "incidents:read", isStaffOnly: true } as const;
const WRITE = { tag: "Incidents", scope: "incidents:write", isStaffOnly: true } as const;
const WRITE_ERRORS = ["BAD_REQUEST", "FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED", "QUOTA_EXCEEDED"] as const;

export const INCIDENT_OPERATIONS: ApiOperationSpec[] = [
  {
    ...READ,
    operationId: "listIncidents",
    method: "get",
    path: "/incidents",
    summary: "List incidents",
    description: "The workspace's incidents, newest declared first, optionally of one `status` and one `severity`, declared between `declaredFrom` and `declaredTo` (days in the workspace's report time zone, both included). Pages by cursor: pass `nextCursor` back as `cursor`.",
    query: i.listIncidentsQuerySchema,
    responses: { 200: { description: "A page of incidents.", schema: i.incidentListSchema } },
    errors: ["FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED"],
  },
  {
    ...WRITE,
    operationId: "declareIncident",
    method: "post",
    path: "/incidents",
    summary: "Declare an incident",
    description:
      "Declares an incident, as a monitoring system opening one would: `title`, `severity`, optionally `summary`, `commanderId` (a staff member; the key's account when absent) and `ticketNumbers` to link at once (up to 50; an unknown number is a 404 and nothing is declared). Each call declares a new incident: a retry after a lost answer should first look for it with `GET /incidents`.",
    body: i.declareIncidentBodySchema,
    bodyExample: i.declareIncidentBodyExample,
    responses: { 201: { description: "The incident declared.", schema: i.incidentSchema, headers: ["Location", "ETag"] } },
    errors: [...WRITE_ERRORS],
  },
  {
    ...READ,
    operationId: "getIncident",
    method: "get",
    path: "/incidents/{number}",
    summary: "Read an incident",
    description: "One incident with its people and linked tickets, its version in `ETag` to send back as `If-Match` when changing it.",
    pathParams: i.incidentNumberParams,
    responses: { 200: { description: "The incident.", schema: i.incidentSchema, headers: ["ETag"] } },
    errors: ["FORBIDDEN", "NOT_FOUND"],
  },
  {
    ...WRITE,
    operationId: "updateIncident",
    method: "patch",
    path: "/incidents/{number}",
    summary: "Change an incident's status, severity, roles, title or summary",
    description:
      "Requires `If-Match` with the version from `ETag`; an incident changed since is a 409 and nothing is written. All fields change together or none does, each with its timeline entry. `status` moves forward along investigating, identified, monitoring, resolved (skipping allowed), or back to investigating; `CLOSED` comes only after the review. `communicationsLeadId: null` leaves the role to nobody.",
    pathParams: i.incidentNumberParams,
    body: i.updateIncidentBodySchema,
    requestHeaders: ["If-Match"],
    responses: { 200: { description: "The incident after the change.", schema: i.incidentSchema, headers: ["ETag"] } },
    errors: [...WRITE_ERRORS, "CONFLICT", "PRECONDITION_REQUIRED"],
  },
  {
    ...READ,
    operationId: "listTimelineEvents",
    method: "get",
    path: "/incidents/{number}/timeline-events",
    summary: "Read an incident's timeline",
    description: "What happened, oldest first by the time it happened (the newest 500 entries): automatic entries (declared, status, severity and role changes, tickets linked) and notes.",
    pathParams: i.incidentNumberParams,
    responses: { 200: { description: "The timeline.", schema: i.timelineSchema } },
    errors: ["FORBIDDEN", "NOT_FOUND"],
  },
  {
    ...WRITE,
    operationId: "createTimelineNote",
    method: "post",
    path: "/incidents/{number}/timeline-events",
    summary: "Add a note to an incident's timeline",
    description: "A note at the time it happened: `occurredAt` (UTC, e.g. `2026-12-06T14:02:00Z`) may be earlier than now, even before the declaration, never later; now when absent.",
    pathParams: i.incidentNumberParams,
    body: i.createTimelineNoteBodySchema,
    responses: { 201: { description: "The note as entered on the timeline.", schema: i.timelineEventSchema } },
    errors: [...WRITE_ERRORS],
  },
  {
    ...WRITE,
    operationId: "linkIncidentTicket",
    method: "post",
    path: "/incidents/{number}/tickets/{ticketNumber}",
    summary: "Link a ticket to an incident",
    description: "Links a ticket of the workspace, with a timeline entry; a ticket already linked stays so (`changed: false`).",
    pathParams: i.incidentTicketParams,
    responses: { 200: { description: "The link.", schema: i.incidentTicketLinkSchema } },
    errors: ["FORBIDDEN", "NOT_FOUND", "QUOTA_EXCEEDED"],
  },
  {
    ...WRITE,
    operationId: "unlinkIncidentTicket",
    method: "delete",
    path: "/incidents/{number}/tickets/{ticketNumber}",
    summary: "Unlink a ticket from an incident",
    description: "Unlinks the ticket, with a timeline entry; a ticket not linked stays unlinked (`changed: false`).",
    pathParams: i.incidentTicketParams,
    responses: { 200: { description: "The link, now gone.", schema: i.incidentTicketLinkSchema } },
    errors: ["FORBIDDEN", "NOT_FOUND", "QUOTA_EXCEEDED"],
  },
];
