import { IncidentSeverity } from "@/lib/generated/prisma/enums";
import { type IncidentRangeRow, OPEN_INCIDENT_STATUSES, type OpenIncidentRow } from "./incident-statements";
import type { IncidentMetrics, IncidentRangeFigures } from "./types";

const SEVERITIES = Object.values(IncidentSeverity);

const figures = (row: IncidentRangeRow | undefined): IncidentRangeFigures => ({
  declared: row?.declared ?? 0,
  acknowledge: { count: row?.acknowledge_count ?? 0, p50: row?.acknowledge_p50 ?? null, p90: row?.acknowledge_p90 ?? null },
  resolve: { count: row?.resolve_count ?? 0, p50: row?.resolve_p50 ?? null, p90: row?.resolve_p90 ?? null },
});

/** The incident statements' rows as the dashboard's figures: every severity, zeros included. */
export function assembleIncidentMetrics(range: readonly IncidentRangeRow[], open: readonly OpenIncidentRow[]): IncidentMetrics {
  const openOf = (severity: IncidentSeverity) =>
    open.reduce((sum, row) => (row.severity === severity ? sum + row.open : sum), 0);
  return {
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      ...figures(range.find((row) => row.severity === severity)),
      openNow: openOf(severity),
    })),
    total: { ...figures(range.find((row) => row.severity === null)), openNow: open.reduce((sum, row) => sum + row.open, 0) },
    open: open
      .filter((row) => row.open > 0)
      .map((row) => ({ severity: row.severity, status: row.status, count: row.open }))
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
        || OPEN_INCIDENT_STATUSES.indexOf(a.status) - OPEN_INCIDENT_STATUSES.indexOf(b.status)),
  };
}
