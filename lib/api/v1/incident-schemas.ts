import { z } from "zod";
import { IncidentEventKind, IncidentSeverity, IncidentStatus, TicketStatus } from "@/lib/generated/prisma/enums";
import { addIncidentNoteSchema, declareIncidentSchema, incidentFieldsSchema, incidentFiltersSchema } from "@/lib/incidents/schemas";

// Incidents over the API: the incident forms' own input schemas, and the shapes answered, for
// the handlers and the OpenAPI document alike (operations.ts, openapi.ts).

// ---- requests ----

/** GET /incidents: the incident list's filters, its cursor under the API's name for one, and a page size. */
export const listIncidentsQuerySchema = z.strictObject({
  ...incidentFiltersSchema.omit({ after: true }).shape,
  cursor: incidentFiltersSchema.shape.after,
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** POST /incidents: the declare form's fields; the commander defaults to the key's account. */
export const declareIncidentBodySchema = declareIncidentSchema;
export const declareIncidentBodyExample = { title: "Mail server is down", summary: "Nagios: SMTP check failing on mx-01 since 14:02.", severity: "SEV2", ticketNumbers: [1042, 1043] };

/** PATCH /incidents/{number}: any of status, severity, commander, communications lead, title and summary. */
export const updateIncidentBodySchema = incidentFieldsSchema;

/** POST /incidents/{number}/timeline-events: a note, at the time it happened (now when absent). */
export const createTimelineNoteBodySchema = addIncidentNoteSchema.omit({ incidentNumber: true });

const numberParam = (what: string) => z.string().regex(/^\d{1,10}$/).describe(what);
export const incidentNumberParams = z.object({ number: numberParam("The incident's number, e.g. 12 for INC-12.") });
export const incidentTicketParams = incidentNumberParams.extend({ ticketNumber: numberParam("The ticket's number, e.g. 1042.") });

// ---- responses ----

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), name: z.string() });

export const incidentSummarySchema = z.object({
  number: z.int(),
  title: z.string(),
  severity: z.enum(IncidentSeverity),
  status: z.enum(IncidentStatus),
  declaredAt: timestamp,
  resolvedAt: timestamp.nullable(),
  commander: person,
  /** How many tickets are linked to it. */
  linkedTickets: z.int(),
});
export const incidentListSchema = z.object({ data: z.array(incidentSummarySchema), nextCursor: z.string().nullable() });

export const incidentSchema = z.object({
  number: z.int(),
  title: z.string(),
  summary: z.string(),
  severity: z.enum(IncidentSeverity),
  status: z.enum(IncidentStatus),
  declaredAt: timestamp,
  acknowledgedAt: timestamp.nullable(),
  mitigatedAt: timestamp.nullable(),
  resolvedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  commander: person,
  communicationsLead: person.nullable(),
  declaredBy: person,
  responders: z.array(z.object({ role: z.string(), user: person })),
  tickets: z.array(z.object({ number: z.int(), title: z.string(), status: z.enum(TicketStatus) })),
  version: z.int(),
});

export const timelineEventSchema = z.object({
  id: z.uuid(),
  kind: z.enum(IncidentEventKind),
  /** When it happened; a note may say earlier than it was written (createdAt). */
  occurredAt: timestamp,
  createdAt: timestamp,
  /** When its author last corrected a note; its earlier versions are in `edits`, oldest first. */
  editedAt: timestamp.nullable(),
  body: z.string().nullable(),
  /** What changed, by kind: from and to, the role, the ticket number. */
  metadata: z.record(z.string(), z.unknown()),
  actor: person.nullable(),
  edits: z.array(z.object({ body: z.string().nullable(), occurredAt: timestamp, editedAt: timestamp, editedBy: person })),
});
export const timelineSchema = z.object({
  data: z.array(timelineEventSchema),
  /** Whether older entries were left out: the timeline answers its newest 500. */
  truncated: z.boolean(),
});

export const incidentTicketLinkSchema = z.object({
  incidentNumber: z.int(),
  ticketNumber: z.int(),
  linked: z.boolean(),
  /** False when it already was so: linking and unlinking are idempotent. */
  changed: z.boolean(),
});
