import type { IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";

/** How the public page names a severity: by its effect, not the team's SEV shorthand. */
export const PUBLIC_SEVERITY_LABELS: Record<IncidentSeverity, string> = {
  SEV1: "Major outage",
  SEV2: "Partial outage",
  SEV3: "Degraded performance",
  SEV4: "Minor issue",
};

export const PUBLIC_STATUS_LABELS: Record<IncidentStatus, string> = {
  INVESTIGATING: "Investigating",
  IDENTIFIED: "Identified",
  MONITORING: "Monitoring",
  RESOLVED: "Resolved",
  CLOSED: "Resolved",
};

export const ALL_OPERATIONAL = "All systems operational";

/** The page's one-line state: fine, or the worst current incident's severity. */
export function overallStateLine(worst: IncidentSeverity | null): string {
  return worst === null ? ALL_OPERATIONAL : PUBLIC_SEVERITY_LABELS[worst];
}
