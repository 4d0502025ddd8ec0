import type { TicketEventType } from "@/lib/generated/prisma/enums";
import { PRIORITY_LABELS, STATUS_LABELS } from "./labels";

type EventValues = { event: TicketEventType; from: string | null; to: string | null };

const labelIn = (labels: Record<string, string>, value: string | null) => (value === null ? null : (labels[value] ?? value));

// Merge events may store a ticket number or an id; only a number is worth showing.
const ticketRef = (value: string | null) => (value && /^\d+$/.test(value) ? `#${value}` : "another ticket");

/** What a change did, as the rest of a sentence that starts with who did it. */
export function describeEvent({ event, from, to }: EventValues): string {
  switch (event) {
    case "CREATED":
      return "created the ticket";
    case "STATUS_CHANGED":
      return `changed the status from ${labelIn(STATUS_LABELS, from) ?? "none"} to ${labelIn(STATUS_LABELS, to) ?? "none"}`;
    case "PRIORITY_CHANGED":
      return `changed the priority from ${labelIn(PRIORITY_LABELS, from) ?? "none"} to ${labelIn(PRIORITY_LABELS, to) ?? "none"}`;
    case "CATEGORY_CHANGED":
      if (from === null) return `set the category to ${to ?? "none"}`;
      if (to === null) return `removed the category ${from}`;
      return `changed the category from ${from} to ${to}`;
    case "ASSIGNEE_CHANGED":
      if (from === null) return `assigned the ticket to ${to ?? "nobody"}`;
      if (to === null) return `unassigned ${from}`;
      return `reassigned the ticket from ${from} to ${to}`;
    case "MERGED_INTO":
      return `merged this ticket into ${ticketRef(to ?? from)}`;
    case "MERGED_FROM":
      // `from` is the duplicate's number; `to` its requester's name (older events: nothing).
      return from === null ? `merged ${ticketRef(to)} into this ticket` : `merged ${ticketRef(from)}${to ? ` by ${to}` : ""} into this ticket`;
  }
}
