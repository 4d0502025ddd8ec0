import { Badge } from "@/components/ui/badge";
import { PUBLIC_SEVERITY_LABELS, PUBLIC_STATUS_LABELS } from "@/lib/status-page/labels";
import type { PublicIncident } from "@/lib/status-page/queries";
import { SEVERITY_TONES } from "./severity-tone";
import { formatStatusTime } from "./time";

/** A current incident and its public updates, newest first. */
export function IncidentCard({ incident, timeZone }: { incident: PublicIncident; timeZone: string }) {
  return (
    <article className="rounded-xl border border-border bg-surface p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="mr-auto text-base font-semibold">{incident.title}</h3>
        <Badge tone={SEVERITY_TONES[incident.severity]}>{PUBLIC_SEVERITY_LABELS[incident.severity]}</Badge>
        <Badge>{PUBLIC_STATUS_LABELS[incident.status]}</Badge>
      </div>
      <ol className="mt-4 space-y-4 border-l border-border pl-4">
        {incident.statusUpdates.map((update) => (
          <li key={update.id}>
            <p className="text-sm">
              <span className="font-semibold">{PUBLIC_STATUS_LABELS[update.status]}</span>
              <span className="text-fg-muted"> · </span>
              <time dateTime={update.createdAt.toISOString()} className="text-fg-muted">
                {formatStatusTime(update.createdAt, timeZone)}
              </time>
            </p>
            <p className="mt-1 text-sm break-words whitespace-pre-wrap">{update.body}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
