import { z } from "zod";
import { IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";
import { createdAtCursorField } from "@/lib/pagination/created-at-cursor";
import { queryField } from "@/lib/url-query";
import { daySchema, instantSchema } from "@/lib/validation/dates";
import { text, titleText } from "@/lib/validation/text";

export const INCIDENT_PAGE_SIZE = 50;
/** The most timeline entries an incident shows at once, newest kept when there are more. */
export const INCIDENT_TIMELINE_LIMIT = 500;
/** How many tickets one declaration may link at once. */
export const MAX_LINKED_AT_DECLARATION = 50;

const TITLE_MAX_LENGTH = 200;
const SUMMARY_MAX_LENGTH = 20_000;
const NOTE_MAX_LENGTH = 20_000;
const POSTGRES_INT_MAX = 2_147_483_647;

const incidentNumber = z.int("Choose an incident.").positive().max(POSTGRES_INT_MAX);
const ticketNumber = z.int("Choose a ticket.").positive().max(POSTGRES_INT_MAX);
// The incident's version when the actor loaded it; a change made on an older one is refused.
const version = z.int().positive().max(POSTGRES_INT_MAX);
const severity = z.enum(IncidentSeverity, "Choose a severity from the list.");
const title = titleText(
  z.string().trim().min(3, "Give the incident a title of at least 3 characters.").max(TITLE_MAX_LENGTH, `Keep the title under ${TITLE_MAX_LENGTH} characters.`),
);
const summary = text(z.string().trim().max(SUMMARY_MAX_LENGTH, `Keep the summary under ${SUMMARY_MAX_LENGTH.toLocaleString("en")} characters.`));

/** Names one incident as the actor saw it; every change to one extends it. */
export const incidentVersionSchema = z.object({ incidentNumber, version });

/** Declaring an incident; the commander defaults to whoever declares it. */
export const declareIncidentSchema = z.object({
  title,
  summary: summary.default(""),
  severity,
  commanderId: z.uuid("Choose a commander from the list.").optional(),
  ticketNumbers: z
    .array(ticketNumber)
    .max(MAX_LINKED_AT_DECLARATION, `Link at most ${MAX_LINKED_AT_DECLARATION} tickets at once.`)
    .transform((numbers) => [...new Set(numbers)])
    .default([]),
});
export type DeclareIncidentInput = z.infer<typeof declareIncidentSchema>;

export const changeIncidentStatusSchema = incidentVersionSchema.extend({
  status: z.enum(IncidentStatus, "Choose a status."),
});
export type ChangeIncidentStatusInput = z.infer<typeof changeIncidentStatusSchema>;

export const changeIncidentSeveritySchema = incidentVersionSchema.extend({ severity });
export type ChangeIncidentSeverityInput = z.infer<typeof changeIncidentSeveritySchema>;

/** The two named roles; other responders carry a free label. */
export const INCIDENT_ROLES = ["commander", "communications_lead"] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

/** Hands a role to a staff member; only the communications lead may be left to nobody (null). */
export const assignIncidentRoleSchema = incidentVersionSchema
  .extend({ role: z.enum(INCIDENT_ROLES, "Choose a role."), userId: z.uuid("Choose someone from the list.").nullable() })
  .refine((input) => input.role !== "commander" || input.userId !== null, { message: "An incident always has a commander.", path: ["userId"] });
export type AssignIncidentRoleInput = z.infer<typeof assignIncidentRoleSchema>;

/** Retitles an incident or rewrites its summary (at least one of the two). */
export const editIncidentSchema = incidentVersionSchema
  .extend({ title: title.optional(), summary: summary.optional() })
  .refine((input) => input.title !== undefined || input.summary !== undefined, "Change the title or the summary.");
export type EditIncidentInput = z.infer<typeof editIncidentSchema>;

const incidentFieldsShape = {
  status: changeIncidentStatusSchema.shape.status.optional(),
  severity: severity.optional(),
  commanderId: z.uuid("Choose someone from the list.").optional(),
  communicationsLeadId: z.uuid("Choose someone from the list.").nullable().optional(),
  title: title.optional(),
  summary: summary.optional(),
};
const INCIDENT_FIELDS = Object.keys(incidentFieldsShape) as (keyof typeof incidentFieldsShape)[];
const hasAField = (input: { [K in keyof typeof incidentFieldsShape]?: unknown }) => INCIDENT_FIELDS.some((field) => input[field] !== undefined);

/**
 * Several fields of one incident at once, as the API's PATCH sends them: any of status, severity,
 * commander, communications lead (null: nobody), title and summary, at least one.
 */
export const incidentFieldsSchema = z.strictObject(incidentFieldsShape).refine(hasAField, `Send at least one of ${INCIDENT_FIELDS.join(", ")}.`);
export type IncidentFields = z.infer<typeof incidentFieldsSchema>;
export type IncidentFieldsInput = IncidentFields & { incidentNumber: number; version: number };

/** Links or unlinks one ticket of the workspace, by number. */
export const incidentTicketLinkSchema = z.object({ incidentNumber, ticketNumber });
export type IncidentTicketLinkInput = z.infer<typeof incidentTicketLinkSchema>;

/** A hand-written timeline entry, at the time it happened (now when absent, never in the future). */
export const addIncidentNoteSchema = z.object({
  incidentNumber,
  body: text(
    z
      .string()
      .max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH.toLocaleString("en")} characters.`)
      .refine((value) => value.trim().length > 0, "Write a note."),
  ),
  occurredAt: instantSchema.optional(),
});
export type AddIncidentNoteInput = z.infer<typeof addIncidentNoteSchema>;

/** Links several tickets of the workspace to one incident at once (the queue's selection). */
export const linkIncidentTicketsSchema = z.object({
  incidentNumber,
  ticketNumbers: z
    .array(ticketNumber)
    .min(1, "Select at least one ticket.")
    .max(MAX_LINKED_AT_DECLARATION, `Link at most ${MAX_LINKED_AT_DECLARATION} tickets at once.`)
    .transform((numbers) => [...new Set(numbers)]),
});
export type LinkIncidentTicketsInput = z.infer<typeof linkIncidentTicketsSchema>;

const RESPONDER_ROLE_MAX_LENGTH = 60;

/** Adds a staff member as a responder with a free role label ("database", "scribe"), or relabels one. */
export const addIncidentResponderSchema = z.object({
  incidentNumber,
  userId: z.uuid("Choose someone from the list."),
  role: titleText(
    z.string().trim().min(1, "Say what they do here, e.g. \"database\".").max(RESPONDER_ROLE_MAX_LENGTH, `Keep the role under ${RESPONDER_ROLE_MAX_LENGTH} characters.`),
  ),
});
export type AddIncidentResponderInput = z.infer<typeof addIncidentResponderSchema>;

export const removeIncidentResponderSchema = addIncidentResponderSchema.pick({ incidentNumber: true, userId: true });
export type RemoveIncidentResponderInput = z.infer<typeof removeIncidentResponderSchema>;

/** How long after writing a note its author may still correct it. */
export const NOTE_EDIT_WINDOW_MINUTES = 15;

/** A note's new text and time, by its author within the edit window; the earlier version is kept. */
export const editIncidentNoteSchema = addIncidentNoteSchema.extend({
  eventId: z.uuid("Choose a note."),
  // How many times the note had been edited when the author opened it; an edit on an older text is refused.
  revision: z.int().min(0).max(POSTGRES_INT_MAX),
});
export type EditIncidentNoteInput = z.infer<typeof editIncidentNoteSchema>;

/**
 * The incident list's filters and position, from the URL. The declared range is a pair of
 * calendar days (both included) in the workspace's report time zone, as the dashboard's range,
 * so a dashboard drill-down lists the incidents it counted. The cursor is the (declared_at, id)
 * keyset position, in the same opaque form as the other newest-first lists.
 */
export const incidentFiltersSchema = z.object({
  status: queryField(z.enum(IncidentStatus)),
  severity: queryField(severity),
  declaredFrom: queryField(daySchema),
  declaredTo: queryField(daySchema),
  after: createdAtCursorField,
});
export type IncidentFilters = z.infer<typeof incidentFiltersSchema>;
