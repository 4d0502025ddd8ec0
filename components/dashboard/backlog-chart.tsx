"use client";

import type { ReactNode } from "react";
import { formatCount, formatPeriod } from "@/lib/dashboard/format";
import type { DashboardData, DashboardScope } from "@/lib/dashboard/types";
import { PRIORITY_LABELS, STATUS_LABELS } from "@/lib/tickets/labels";
import { BarListChart } from "./bar-list-chart";
import { ChartCard } from "./chart-card";
import { ChartTable, DrillLink } from "./chart-table";
import { SERIES_STYLES } from "./chart-theme";
import { drillHref } from "./drill-href";
import { useDrillDown } from "./use-drill-down";
import { PeriodTrendChart } from "./trend-chart";

type Backlog = DashboardData["backlog"];

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-2">
      <h3 className="text-sm font-medium">{title}</h3>
      {children}
    </div>
  );
}

export function BacklogChart({ scope, data, csvHref }: { scope: DashboardScope; data: Backlog; csvHref: string }) {
  const drill = useDrillDown(scope);
  const { granularity } = scope;
  const statuses = data.byStatus.map((row) => ({ key: row.status, label: STATUS_LABELS[row.status], value: row.count }));
  const priorities = data.byPriority.map((row) => ({ key: row.priority, label: PRIORITY_LABELS[row.priority], value: row.open }));
  const isEmpty = statuses.every((row) => row.value === 0) && data.series.every((point) => point.backlog === 0);
  return (
    <ChartCard
      title="Backlog"
      description="Open tickets now by status and priority, and the open tickets at the end of each period."
      csvHref={csvHref}
      emptyMessage={isEmpty ? "No tickets are open now, and none were open during this range." : null}
      chart={
        <div className="space-y-5">
          <div className="grid gap-5 sm:grid-cols-2">
            <Part title="Now by status">
              <BarListChart
                rows={statuses}
                label="Bar chart of open tickets by status"
                valueLabel="Open tickets"
                onSelect={(status) => drill({ view: "open", status })}
              />
            </Part>
            <Part title="Now by priority">
              <BarListChart
                rows={priorities}
                label="Bar chart of open tickets by priority"
                valueLabel="Open tickets"
                onSelect={(priority) => drill({ view: "open", priority })}
              />
            </Part>
          </div>
          <Part title="Over time">
            <PeriodTrendChart
              scope={scope}
              data={data.series}
              yLabel="Open tickets"
              series={[{ dataKey: "backlog", name: "Open at the end of the period", style: SERIES_STYLES.primary }]}
              label={`Line chart of open tickets at the end of each ${granularity}`}
            />
          </Part>
        </div>
      }
      table={
        <div className="space-y-5">
          <div className="grid gap-5 sm:grid-cols-2">
            <Part title="Now by status">
              <ChartTable
                caption="Open tickets by status"
                columns={[{ label: "Status" }, { label: "Open", isNumeric: true }]}
                rows={data.byStatus.map((row) => ({
                  key: row.status,
                  cells: [
                    STATUS_LABELS[row.status],
                    <DrillLink key="count" href={drillHref(scope, { view: "open", status: row.status })}>
                      {formatCount(row.count)}
                    </DrillLink>,
                  ],
                }))}
              />
            </Part>
            <Part title="Now by priority">
              <ChartTable
                caption="Open tickets by priority"
                columns={[{ label: "Priority" }, { label: "Open", isNumeric: true }]}
                rows={data.byPriority.map((row) => ({
                  key: row.priority,
                  cells: [
                    PRIORITY_LABELS[row.priority],
                    <DrillLink key="count" href={drillHref(scope, { view: "open", priority: row.priority })}>
                      {formatCount(row.open)}
                    </DrillLink>,
                  ],
                }))}
              />
            </Part>
          </div>
          <Part title="Over time">
            <ChartTable
              caption={`Open tickets at the end of each ${granularity}`}
              columns={[{ label: "Period" }, { label: "Open at the end", isNumeric: true }]}
              rows={data.series.map((point) => ({ key: point.start, cells: [formatPeriod(point.start, granularity), formatCount(point.backlog)] }))}
            />
          </Part>
        </div>
      }
    />
  );
}
