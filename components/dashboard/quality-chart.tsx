"use client";

import { formatCount } from "@/lib/dashboard/format";
import type { DashboardScope, ReopenPoint } from "@/lib/dashboard/types";
import { ChartCard } from "./chart-card";
import { ChartTable, PeriodCell, shareCell } from "./chart-table";
import { SERIES_STYLES } from "./chart-theme";
import { useDrillDown } from "./use-drill-down";
import { PeriodTrendChart, SHARE_AXIS } from "./trend-chart";

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
        <PeriodTrendChart
          scope={scope}
          data={data}
          yLabel="Reopened (%)"
          {...SHARE_AXIS}
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
              <PeriodCell key="period" scope={scope} period={point} />,
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
