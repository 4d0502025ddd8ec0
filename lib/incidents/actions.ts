"use server";

import type { z } from "zod";
import { defineAction } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { defineTicketAction } from "@/lib/tickets/ticket-action";
import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import {
  addIncidentNote,
  addIncidentResponder,
  assignIncidentRole,
  changeIncidentSeverity,
  changeIncidentStatus,
  declareIncident,
  editIncidentNote,
  linkIncidentTicket,
  linkIncidentTickets,
  removeIncidentResponder,
  unlinkIncidentTicket,
} from "./mutations";
import {
  addIncidentNoteSchema,
  addIncidentResponderSchema,
  assignIncidentRoleSchema,
  changeIncidentSeveritySchema,
  changeIncidentStatusSchema,
  declareIncidentSchema,
  editIncidentNoteSchema,
  incidentTicketLinkSchema,
  linkIncidentTicketsSchema,
  removeIncidentResponderSchema,
} from "./schemas";

const INCIDENTS_PATH = "/incidents";

/** The incident's page and the list; with ticket numbers, those tickets' pages, which show their incidents. */
function revalidateIncident(actor: Actor, incidentNumber: number, ticketNumbers: readonly number[] = []) {
  revalidateWorkspacePaths(actor, `${INCIDENTS_PATH}/${incidentNumber}`, INCIDENTS_PATH, ...ticketNumbers.map((number) => `/tickets/${number}`));
}

export const declareIncidentAction = defineAction(declareIncidentSchema, async (input, actor, context) => {
  const incident = await declareIncident(actor, input, context);
  revalidateIncident(actor, incident.number, input.ticketNumbers);
  return { number: incident.number };
});

/**
 * A change to an incident made on the version the actor saw: a ConflictError comes back as
 * `code: "CONFLICT"`, so the page refreshes and shows the state the message talks about.
 */
function defineIncidentChangeAction<S extends z.ZodType<{ incidentNumber: number }>, T>(
  schema: S,
  change: (actor: Actor, input: z.output<S>, context: Parameters<typeof changeIncidentStatus>[2]) => Promise<T>,
) {
  return defineTicketAction(schema, async (input, actor, context) => {
    const result = await change(actor, input, context);
    revalidateIncident(actor, input.incidentNumber);
    return result;
  });
}

export const changeIncidentStatusAction = defineIncidentChangeAction(changeIncidentStatusSchema, changeIncidentStatus);
export const changeIncidentSeverityAction = defineIncidentChangeAction(changeIncidentSeveritySchema, changeIncidentSeverity);
export const assignIncidentRoleAction = defineIncidentChangeAction(assignIncidentRoleSchema, assignIncidentRole);
export const addIncidentResponderAction = defineIncidentChangeAction(addIncidentResponderSchema, addIncidentResponder);
export const removeIncidentResponderAction = defineIncidentChangeAction(removeIncidentResponderSchema, removeIncidentResponder);
export const addIncidentNoteAction = defineIncidentChangeAction(addIncidentNoteSchema, (actor, input) => addIncidentNote(actor, input));
export const editIncidentNoteAction = defineIncidentChangeAction(editIncidentNoteSchema, editIncidentNote);

export const linkIncidentTicketAction = defineAction(incidentTicketLinkSchema, async (input, actor) => {
  const result = await linkIncidentTicket(actor, input);
  revalidateIncident(actor, input.incidentNumber, [input.ticketNumber]);
  return result;
});

export const unlinkIncidentTicketAction = defineAction(incidentTicketLinkSchema, async (input, actor) => {
  const result = await unlinkIncidentTicket(actor, input);
  revalidateIncident(actor, input.incidentNumber, [input.ticketNumber]);
  return result;
});

export const linkIncidentTicketsAction = defineAction(linkIncidentTicketsSchema, async (input, actor) => {
  const result = await linkIncidentTickets(actor, input);
  revalidateIncident(actor, input.incidentNumber, input.ticketNumbers);
  revalidateWorkspacePaths(actor, "/tickets");
  return result;
});
