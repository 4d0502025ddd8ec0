import type { IncidentDetail } from "@/lib/incidents/queries";
import { formatIncidentTime } from "@/lib/incidents/wall-time";

const STAGES = [
  ["Declared", "declaredAt"],
  ["Acknowledged", "acknowledgedAt"],
  ["Mitigated", "mitigatedAt"],
  ["Resolved", "resolvedAt"],
  ["Closed", "closedAt"],
] as const;

type Times = Pick<IncidentDetail, (typeof STAGES)[number][1]>;

/** When each stage was first reached, on the workspace's clock; a stage not reached says so. */
export function IncidentTimestamps({ incident, timeZone }: { incident: Times; timeZone: string }) {
  return (
    <section aria-labelledby="incident-times-heading" className="rounded-lg border border-border bg-surface p-4">
      <h2 id="incident-times-heading" className="mb-3 text-sm font-semibold">
        Timestamps <span className="font-normal text-fg-muted">({timeZone})</span>
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {STAGES.map(([label, key]) => {
          const at = incident[key];
          return (
            <div key={key} className="contents">
              <dt className="text-fg-muted">{label}</dt>
              <dd>{at ? <time dateTime={at.toISOString()}>{formatIncidentTime(at, timeZone)}</time> : <span className="text-fg-muted">Not yet</span>}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
