import { Badge } from "@/components/ui/badge";
import { PUBLIC_SEVERITY_LABELS } from "@/lib/status-page/labels";
import type { HistoryDay } from "@/lib/status-page/queries";
import { HISTORY_DAYS } from "@/lib/status-page/queries";
import { SEVERITY_TONES } from "./severity-tone";
import { formatStatusDay, formatStatusTime } from "./time";

/** Past incidents of the last HISTORY_DAYS days, by the day each began, with the last word said. */
export function IncidentHistory({ days, timeZone }: { days: HistoryDay[]; timeZone: string }) {
  return (
    <section aria-labelledby="history" className="space-y-4">
      <h2 id="history" className="text-base font-semibold">
        Past incidents <span className="font-normal text-fg-muted">(last {HISTORY_DAYS} days)</span>
      </h2>
      {days.length === 0 ? (
        <p className="text-sm text-fg-muted">No incidents in the last {HISTORY_DAYS} days.</p>
      ) : (
        <ol className="space-y-6">
          {days.map(({ day, incidents }) => (
            <li key={day}>
              <h3 className="border-b border-border pb-1 text-sm font-medium text-fg-muted">
                <time dateTime={day}>{formatStatusDay(day)}</time>
              </h3>
              <ul className="mt-3 space-y-4">
                {incidents.map((incident) => {
                  const last = incident.statusUpdates[0];
                  return (
                    <li key={incident.id} className="space-y-1">
                      <p className="flex flex-wrap items-center gap-2 text-sm font-semibold">
                        {incident.title}
                        <Badge tone={SEVERITY_TONES[incident.severity]}>{PUBLIC_SEVERITY_LABELS[incident.severity]}</Badge>
                      </p>
                      {last && <p className="text-sm break-words whitespace-pre-wrap">{last.body}</p>}
                      {incident.resolvedAt && (
                        <p className="text-xs text-fg-muted">
                          Resolved <time dateTime={incident.resolvedAt.toISOString()}>{formatStatusTime(incident.resolvedAt, timeZone)}</time>
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
