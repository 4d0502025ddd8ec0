import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";
import { INCIDENT_STATUS_LABELS } from "@/lib/incidents/labels";

const STATUS_TONES: Record<IncidentStatus, BadgeTone> = {
  INVESTIGATING: "red",
  IDENTIFIED: "amber",
  MONITORING: "blue",
  RESOLVED: "green",
  CLOSED: "neutral",
};

const SEVERITY_TONES: Record<IncidentSeverity, BadgeTone> = { SEV1: "red", SEV2: "amber", SEV3: "violet", SEV4: "neutral" };

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{INCIDENT_STATUS_LABELS[status]}</Badge>;
}

export function IncidentSeverityBadge({ severity }: { severity: IncidentSeverity }) {
  return <Badge tone={SEVERITY_TONES[severity]}>{severity}</Badge>;
}
