import { IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";
import type { IncidentRole } from "./schemas";
import { transitionRefusal } from "./workflow";

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  INVESTIGATING: "Investigating",
  IDENTIFIED: "Identified",
  MONITORING: "Monitoring",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
};

export const INCIDENT_ROLE_LABELS: Record<IncidentRole, string> = {
  commander: "commander",
  communications_lead: "communications lead",
};

/** INC-12: how an incident is named everywhere staff see it. */
export const incidentReference = (number: number) => `INC-${number}`;

/** The severities, most severe first, for choosers. */
export const SEVERITIES: readonly IncidentSeverity[] = Object.values(IncidentSeverity);

/** The statuses an incident may move to from `from` (CLOSED is reached through the review). */
export function allowedTransitions(from: IncidentStatus): IncidentStatus[] {
  return Object.values(IncidentStatus).filter((to) => to !== from && transitionRefusal(from, to) === null);
}
