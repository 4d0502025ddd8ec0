"use client";

import { formatCount, formatPeriod } from "@/lib/dashboard/format";
import type { DashboardScope, VolumePoint } from "@/lib/dashboard/types";
import { ChartCard } from "./chart-card";
import { ChartTable, DrillLink } from "./chart-table";
import { SERIES_STYLES } from "./chart-theme";
import { drillHref } from "./drill-href";
import { useDrillDown } from "./use-drill-down";
import { PeriodTrendChart } from "./trend-chart";

export function VolumeChart({ scope, data, csvHref }: { scope: DashboardScope; data: VolumePoint[]; csvHref: string }) {
  const drill = useDrillDown(scope);
  const { granularity } = scope;
  const isEmpty = data.every((point) => point.created === 0 && point.resolved === 0);
  return (
    <ChartCard
      title="Ticket volume"
      description="Tickets created and tickets resolved in each period."
      csvHref={csvHref}
      emptyMessage={isEmpty ? "No tickets were created or resolved in this range." : null}
      chart={
        <PeriodTrendChart
          scope={scope}
          data={data}
          yLabel="Tickets"
          series={[
            { dataKey: "created", name: "Created", style: SERIES_STYLES.primary },
            { dataKey: "resolved", name: "Resolved", style: SERIES_STYLES.secondary },
          ]}
          label={`Line chart of tickets created and resolved per ${granularity}`}
          onSelectPoint={(point, dataKey) =>
            drill({ on: dataKey === "created" ? "created" : "resolved", from: point.start, to: point.end })
          }
        />
      }
      table={
        <ChartTable
          caption={`Tickets created and resolved per ${granularity}`}
          columns={[{ label: "Period" }, { label: "Created", isNumeric: true }, { label: "Resolved", isNumeric: true }]}
          rows={data.map((point) => ({
            key: point.start,
            cells: [
              formatPeriod(point.start, granularity),
              <DrillLink key="created" href={drillHref(scope, { on: "created", from: point.start, to: point.end })}>
                {formatCount(point.created)}
              </DrillLink>,
              <DrillLink key="resolved" href={drillHref(scope, { on: "resolved", from: point.start, to: point.end })}>
                {formatCount(point.resolved)}
              </DrillLink>,
            ],
          }))}
        />
      }
    />
  );
}
