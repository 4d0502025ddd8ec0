"use client";

import { formatCount, formatPeriod, formatPeriodTick, formatShare, formatShareTick, periodAxisLabel } from "@/lib/dashboard/format";
import type { DashboardScope, ReopenPoint } from "@/lib/dashboard/types";
import { ChartCard } from "./chart-card";
import { ChartTable, DrillLink, shareCell } from "./chart-table";
import { SERIES_STYLES } from "./chart-theme";
import { drillHref } from "./drill-href";
import { useDrillDown } from "./use-drill-down";
import { TrendChart } from "./trend-chart";

export function QualityChart({ scope, data, csvHref }: { scope: DashboardScope; data: ReopenPoint[]; csvHref: string }) {
  const drill = useDrillDown(scope);
  const { granularity } = scope;
  const isEmpty = data.every((point) => point.reopenRate === null);
  return (
    <ChartCard
      title="Reopen rate"
      description="Share of the tickets resolved in each period that had been reopened at least once before."
      csvHref={csvHref}
      emptyMessage={isEmpty ? "No tickets were resolved in this range, so there is no reopen rate." : null}
      chart={
        <TrendChart
          data={data}
          xKey="start"
          formatTick={(start) => formatPeriodTick(start, granularity)}
          formatLabel={(start) => formatPeriod(start, granularity)}
          xLabel={periodAxisLabel(granularity)}
          yLabel="Reopened (%)"
          allowDecimals
          isShare
          formatValue={formatShare}
          formatYTick={formatShareTick}
          series={[{ dataKey: "reopenRate", name: "Reopened", style: SERIES_STYLES.primary }]}
          label={`Line chart of the reopen rate in percent per ${granularity}`}
          onSelectPeriod={(point) => drill({ on: "resolved", from: point.start, to: point.end })}
        />
      }
      table={
        <ChartTable
          caption={`Reopen rate per ${granularity}`}
          columns={[
            { label: "Period" },
            { label: "Resolved", isNumeric: true },
            { label: "Reopened", isNumeric: true },
            { label: "Reopen rate", isNumeric: true },
          ]}
          rows={data.map((point) => ({
            key: point.start,
            cells: [
              <DrillLink key="period" href={drillHref(scope, { on: "resolved", from: point.start, to: point.end })}>
                {formatPeriod(point.start, granularity)}
              </DrillLink>,
              formatCount(point.resolved),
              formatCount(point.reopened),
              shareCell(point.reopenRate),
            ],
          }))}
        />
      }
    />
  );
}
