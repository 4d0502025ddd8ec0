import { Markdown } from "@/components/markdown/markdown";
import type { IncidentDetail } from "@/lib/incidents/queries";
import { incidentReference } from "@/lib/incidents/labels";
import { IncidentSeverityBadge, IncidentStatusBadge } from "./incident-badges";

/** INC-n, the title, severity and status, and the summary the declarer wrote. */
export function IncidentHeader({ incident }: { incident: Pick<IncidentDetail, "number" | "title" | "summary" | "severity" | "status" | "declaredBy"> }) {
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm text-fg-muted">{incidentReference(incident.number)}</span>
        <IncidentSeverityBadge severity={incident.severity} />
        <IncidentStatusBadge status={incident.status} />
      </div>
      <h1 className="text-2xl font-semibold tracking-tight break-words">{incident.title}</h1>
      {incident.summary ? (
        <div className="rounded-lg border border-border bg-surface p-4">
          <Markdown>{incident.summary}</Markdown>
        </div>
      ) : (
        <p className="text-sm text-fg-muted">No summary yet. Declared by {incident.declaredBy.name}.</p>
      )}
    </header>
  );
}
