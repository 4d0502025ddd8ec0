import type { IncidentEventKind } from "@/lib/generated/prisma/enums";
import { INCIDENT_ROLE_LABELS, INCIDENT_STATUS_LABELS } from "./labels";

type EventValues = { kind: IncidentEventKind; metadata: unknown };

/** A field of an entry's metadata, if it is a string (metadata is whatever the writer stored). */
function field(metadata: unknown, key: string): string | null {
  if (!metadata || typeof metadata !== "object") return null;
  const value = (metadata as Record<string, unknown>)[key];
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? value : null;
}

const statusLabel = (value: string | null) => (value && value in INCIDENT_STATUS_LABELS ? INCIDENT_STATUS_LABELS[value as keyof typeof INCIDENT_STATUS_LABELS] : "unknown");
const roleLabel = (value: string | null) => (value && value in INCIDENT_ROLE_LABELS ? INCIDENT_ROLE_LABELS[value as keyof typeof INCIDENT_ROLE_LABELS] : "a role");
const quoted = (title: string | null) => (title ? ` “${title}”` : "");

/**
 * What an automatic timeline entry says, as the rest of a sentence that starts with who did it.
 * `nameOf` turns a user id into a name ("someone" when it is no one the page knows).
 */
export function describeIncidentEvent({ kind, metadata }: EventValues, nameOf: (userId: string | null) => string): string {
  switch (kind) {
    case "DECLARED":
      return `declared the incident as ${field(metadata, "severity") ?? "an incident"}`;
    case "STATUS_CHANGED":
      return `changed the status from ${statusLabel(field(metadata, "from"))} to ${statusLabel(field(metadata, "to"))}`;
    case "SEVERITY_CHANGED":
      return `changed the severity from ${field(metadata, "from") ?? "unknown"} to ${field(metadata, "to") ?? "unknown"}`;
    case "ROLE_ASSIGNED": {
      const to = field(metadata, "to");
      const role = roleLabel(field(metadata, "role"));
      return to ? `made ${nameOf(to)} ${role}` : `left the ${role} role to nobody`;
    }
    case "RESPONDER_ADDED": {
      const previous = field(metadata, "previousRole");
      const who = nameOf(field(metadata, "userId"));
      return previous ? `changed ${who}'s role from ${previous} to ${field(metadata, "role")}` : `added ${who} as a responder (${field(metadata, "role")})`;
    }
    case "RESPONDER_REMOVED":
      return `removed ${nameOf(field(metadata, "userId"))} from the responders`;
    case "TICKET_LINKED":
      return `linked ticket #${field(metadata, "ticketNumber") ?? "?"}`;
    case "TICKET_UNLINKED":
      return `unlinked ticket #${field(metadata, "ticketNumber") ?? "?"}`;
    case "NOTE":
      return "wrote a note";
    case "TASK_ADDED":
      return `added the task${quoted(field(metadata, "title"))}`;
    case "TASK_COMPLETED":
      return `completed the task${quoted(field(metadata, "title"))}`;
    case "TASK_REOPENED":
      return `reopened the task${quoted(field(metadata, "title"))}`;
    case "UPDATE_POSTED":
      return "posted a status update";
    case "REVIEW_WRITTEN":
      return "wrote the review";
    case "REVIEW_SKIPPED":
      return "skipped the review";
  }
}
