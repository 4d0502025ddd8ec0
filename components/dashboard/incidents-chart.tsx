"use client";

import { useRouter } from "next/navigation";
import { formatCount, formatDuration, formatIncidentStatus, INCIDENT_METHOD_NOTE } from "@/lib/dashboard/format";
import { incidentListHref } from "@/lib/dashboard/links";
import type { DashboardScope, IncidentMetrics, IncidentTimes } from "@/lib/dashboard/types";
import { useWorkspacePath } from "@/components/workspaces/use-workspace-path";
import { BarListChart } from "./bar-list-chart";
import { ChartCard } from "./chart-card";
import { ChartTable, DrillLink, durationCell } from "./chart-table";

/** A median and p90 as one figure: "12 min · p90 45 min". */
function timesText(times: IncidentTimes): string {
  if (times.p50 === null || times.p90 === null) return "—";
  return `${formatDuration(times.p50)} · p90 ${formatDuration(times.p90)}`;
}

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="flex flex-col rounded-md border border-border p-3">
      <dt className="text-sm text-fg-muted">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tracking-tight tabular-nums">{value}</dd>
      <dd className="mt-0.5 text-xs text-fg-muted">{detail}</dd>
    </div>
  );
}

/** Declared incidents by severity, the times to acknowledge and resolve them, and the ones open now. */
export function IncidentsChart({ scope, data, csvHref }: { scope: DashboardScope; data: IncidentMetrics; csvHref: string }) {
  const router = useRouter();
  const inWorkspace = useWorkspacePath();
  const { bySeverity, total, open } = data;
  const isEmpty = total.declared === 0 && total.openNow === 0;
  const reached = (count: number, stage: string) => `${formatCount(count)} of ${formatCount(total.declared)} ${stage}`;
  return (
    <ChartCard
      title="Incidents"
      description="Incidents declared in the range by severity, how fast they were acknowledged and resolved, and those open now."
      csvHref={csvHref}
      emptyMessage={isEmpty ? "No incident was declared in this range, and none is open." : null}
      chart={
        <BarListChart
          rows={bySeverity.map((row) => ({
            key: row.severity,
            label: row.severity,
            value: row.declared,
            detail: row.resolve.p50 === null ? undefined : `median resolution ${formatDuration(row.resolve.p50)}`,
          }))}
          label="Bar chart of incidents declared per severity"
          valueLabel="Incidents declared"
          onSelect={(severity) => router.push(inWorkspace(incidentListHref(scope, { severity })))}
        />
      }
      table={
        <ChartTable
          caption="Incidents declared per severity, their times to acknowledge and to resolve, and the open ones now"
          columns={[
            { label: "Severity" },
            { label: "Declared", isNumeric: true },
            { label: "Median to acknowledge", isNumeric: true },
            { label: "p90 to acknowledge", isNumeric: true },
            { label: "Median to resolve", isNumeric: true },
            { label: "p90 to resolve", isNumeric: true },
            { label: "Open now", isNumeric: true },
          ]}
          rows={[...bySeverity, { ...total, severity: undefined }].map((row) => ({
            key: row.severity ?? "all",
            cells: [
              row.severity ?? "All severities",
              <DrillLink key="declared" href={incidentListHref(scope, { severity: row.severity })}>
                {formatCount(row.declared)}
              </DrillLink>,
              durationCell(row.acknowledge.p50),
              durationCell(row.acknowledge.p90),
              durationCell(row.resolve.p50),
              durationCell(row.resolve.p90),
              formatCount(row.openNow),
            ],
          }))}
        />
      }
      aside={
        isEmpty ? null : (
          <div className="space-y-3">
            <dl className="grid gap-3 sm:grid-cols-3">
              <Figure label="Time to acknowledge" value={timesText(total.acknowledge)} detail={reached(total.acknowledge.count, "acknowledged")} />
              <Figure label="Time to resolve" value={timesText(total.resolve)} detail={reached(total.resolve.count, "resolved")} />
              <Figure label="Open now" value={formatCount(total.openNow)} detail="not resolved or closed, whenever declared" />
            </dl>
            {open.length > 0 && (
              <ul aria-label="Open incidents now by severity and status" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {open.map((row) => (
                  <li key={`${row.severity}-${row.status}`}>
                    <DrillLink href={incidentListHref(scope, { severity: row.severity, status: row.status })}>
                      {row.severity} {formatIncidentStatus(row.status).toLowerCase()}: {formatCount(row.count)}
                    </DrillLink>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )
      }
      note={INCIDENT_METHOD_NOTE}
    />
  );
}
