import { Filter } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";
import { IncidentStatus } from "@/lib/generated/prisma/enums";
import { INCIDENT_STATUS_LABELS, SEVERITIES } from "@/lib/incidents/labels";
import type { IncidentFilters } from "@/lib/incidents/schemas";

const FIELD = "h-9 w-full rounded-md border border-border bg-surface px-2 text-sm";
const LABEL = "block text-xs font-medium text-fg-muted";

/** The list's filters as a plain GET form: every filter lives in the URL, so a link can carry it. */
export function IncidentFiltersForm({ filters, timeZone }: { filters: IncidentFilters; timeZone: string }) {
  const hasFilters = Boolean(filters.status || filters.severity || filters.declaredFrom || filters.declaredTo);
  return (
    <form method="get" aria-label="Filter incidents" className="grid grid-cols-2 items-end gap-3 rounded-lg border border-border bg-surface p-3 md:grid-cols-[repeat(4,minmax(0,1fr))_auto]">
      <div className="space-y-1">
        <label htmlFor="incident-status" className={LABEL}>
          Status
        </label>
        <select id="incident-status" name="status" defaultValue={filters.status ?? ""} className={FIELD}>
          <option value="">Any status</option>
          {Object.values(IncidentStatus).map((status) => (
            <option key={status} value={status}>
              {INCIDENT_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="incident-severity" className={LABEL}>
          Severity
        </label>
        <select id="incident-severity" name="severity" defaultValue={filters.severity ?? ""} className={FIELD}>
          <option value="">Any severity</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="incident-from" className={LABEL}>
          Declared from
        </label>
        <input id="incident-from" type="date" name="declaredFrom" defaultValue={filters.declaredFrom ?? ""} className={FIELD} />
      </div>
      <div className="space-y-1">
        <label htmlFor="incident-to" className={LABEL}>
          Declared to <span className="sr-only">(days in {timeZone})</span>
        </label>
        <input id="incident-to" type="date" name="declaredTo" defaultValue={filters.declaredTo ?? ""} className={FIELD} />
      </div>
      <div className="col-span-2 flex gap-2 md:col-span-1">
        <button type="submit" className={buttonClasses("secondary")}>
          <Filter aria-hidden className="size-4" /> Filter
        </button>
        {hasFilters && (
          <WorkspaceLink href="/incidents" className={buttonClasses("ghost")}>
            Clear
          </WorkspaceLink>
        )}
      </div>
    </form>
  );
}
