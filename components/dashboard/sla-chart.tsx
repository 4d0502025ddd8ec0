"use client";

import { formatCount } from "@/lib/dashboard/format";
import type { DashboardScope, PriorityRow, SlaPoint } from "@/lib/dashboard/types";
import { PRIORITY_LABELS } from "@/lib/tickets/labels";
import { ChartCard } from "./chart-card";
import { ChartTable, DrillLink, PeriodCell, shareCell } from "./chart-table";
import { SERIES_STYLES } from "./chart-theme";
import { drillHref } from "./drill-href";
import { useDrillDown } from "./use-drill-down";
import { PeriodTrendChart, SHARE_AXIS } from "./trend-chart";

export function SlaChart({
  scope,
  data,
  byPriority,
  overdueNow,
  csvHref,
}: {
  scope: DashboardScope;
  data: SlaPoint[];
  byPriority: PriorityRow[];
  overdueNow: number;
  csvHref: string;
}) {
  const drill = useDrillDown(scope);
  const { granularity } = scope;
  const isEmpty = data.every((point) => point.breachRate === null && point.firstResponseBreachRate === null);
  return (
    <ChartCard
      title="SLA breaches"
      description="Share of tickets with a due time that were answered or resolved after it, by the period it happened in."
      csvHref={csvHref}
      emptyMessage={isEmpty ? "No tickets with a due time were answered or resolved in this range." : null}
      chart={
        <PeriodTrendChart
          scope={scope}
          data={data}
          yLabel="Breached (%)"
          {...SHARE_AXIS}
          series={[
            { dataKey: "breachRate", name: "Resolution breached", style: SERIES_STYLES.secondary },
            { dataKey: "firstResponseBreachRate", name: "First response breached", style: SERIES_STYLES.primary },
          ]}
          label={`Line chart of the resolution and first response breach rates in percent per ${granularity}`}
          onSelectPeriod={(point) => drill({ on: "resolved", from: point.start, to: point.end })}
        />
      }
      table={
        <ChartTable
          caption={`SLA breach rates per ${granularity}`}
          columns={[
            { label: "Period" },
            { label: "Resolved with due time", isNumeric: true },
            { label: "Resolved late", isNumeric: true },
            { label: "Resolution breached", isNumeric: true },
            { label: "Answered with due time", isNumeric: true },
            { label: "Answered late", isNumeric: true },
            { label: "First response breached", isNumeric: true },
          ]}
          rows={data.map((point) => ({
            key: point.start,
            cells: [
              <PeriodCell key="period" scope={scope} period={point} />,
              formatCount(point.resolvedWithDue),
              formatCount(point.resolvedLate),
              shareCell(point.breachRate),
              formatCount(point.respondedWithDue),
              formatCount(point.respondedLate),
              shareCell(point.firstResponseBreachRate),
            ],
          }))}
        />
      }
      aside={<SlaNow scope={scope} byPriority={byPriority} overdueNow={overdueNow} />}
    />
  );
}

/** Where the SLA stands now and by priority, shown in both chart and table mode. */
function SlaNow({ scope, byPriority, overdueNow }: { scope: DashboardScope; byPriority: PriorityRow[]; overdueNow: number }) {
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <DrillLink href={drillHref(scope, { view: "overdue" })}>
          <span className="text-lg font-semibold tabular-nums">{formatCount(overdueNow)}</span>{" "}
          {overdueNow === 1 ? "ticket is" : "tickets are"} overdue now
        </DrillLink>
      </p>
      <h3 className="text-sm font-medium">By priority</h3>
      <ChartTable
        caption="Open tickets and resolution breaches by priority"
        columns={[
          { label: "Priority" },
          { label: "Open now", isNumeric: true },
          { label: "Resolved with due time", isNumeric: true },
          { label: "Resolved late", isNumeric: true },
          { label: "Breached", isNumeric: true },
        ]}
        rows={byPriority.map((row) => ({
          key: row.priority,
          cells: [
            <DrillLink key="priority" href={drillHref(scope, { on: "resolved", priority: row.priority })}>
              {PRIORITY_LABELS[row.priority]}
            </DrillLink>,
            <DrillLink key="open" href={drillHref(scope, { view: "open", priority: row.priority })}>
              {formatCount(row.open)}
            </DrillLink>,
            formatCount(row.resolvedWithDue),
            formatCount(row.resolvedLate),
            shareCell(row.breachRate),
          ],
        }))}
      />
    </div>
  );
}
