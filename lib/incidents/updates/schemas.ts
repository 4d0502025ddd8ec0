import { z } from "zod";
import { IncidentStatus, IncidentUpdateVisibility } from "@/lib/generated/prisma/enums";
import { text } from "@/lib/validation/text";

const UPDATE_MAX_LENGTH = 10_000;
const POSTGRES_INT_MAX = 2_147_483_647;

export const RESOLVE_NEEDS_RESOLVED_MESSAGE = "Linked tickets are resolved with an update that announces the incident resolved.";
export const RESOLVE_NEEDS_PUBLIC_MESSAGE = "The final message goes to the tickets' requesters: make the update public to resolve them with it.";

/**
 * A status update as the actor wrote it on the incident at `version`: what it says, the status
 * it announces (the incident moves there) and who may read it. `resolveLinkedTickets` also
 * resolves the linked tickets, with the update as their final public message.
 */
export const postIncidentUpdateSchema = z
  .object({
    incidentNumber: z.int("Choose an incident.").positive().max(POSTGRES_INT_MAX),
    version: z.int().positive().max(POSTGRES_INT_MAX),
    body: text(
      z
        .string()
        .max(UPDATE_MAX_LENGTH, `Keep the update under ${UPDATE_MAX_LENGTH.toLocaleString("en")} characters.`)
        .refine((value) => value.trim().length > 0, "Write the update."),
    ),
    status: z.enum(IncidentStatus, "Choose the status this update announces."),
    visibility: z.enum(IncidentUpdateVisibility, "Choose who may read the update."),
    resolveLinkedTickets: z.boolean().default(false),
  })
  .superRefine((input, issues) => {
    if (!input.resolveLinkedTickets) return;
    if (input.status !== "RESOLVED") issues.addIssue({ code: "custom", path: ["resolveLinkedTickets"], message: RESOLVE_NEEDS_RESOLVED_MESSAGE });
    else if (input.visibility !== "PUBLIC") issues.addIssue({ code: "custom", path: ["resolveLinkedTickets"], message: RESOLVE_NEEDS_PUBLIC_MESSAGE });
  });
export type PostIncidentUpdateInput = z.infer<typeof postIncidentUpdateSchema>;
