"use client";

import { formatCount, formatDay } from "@/lib/dashboard/format";
import type { DashboardScope, Forecast } from "@/lib/dashboard/types";
import { ChartCard } from "./chart-card";
import { ChartTable } from "./chart-table";
import { SERIES_STYLES } from "./chart-theme";
import { drillHref } from "./drill-href";
import { TrendChart } from "./trend-chart";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

const perDay = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

function RiskFigure({ value, label, href }: { value: number; label: string; href: string }) {
  return (
    <WorkspaceLink href={href} className="group block rounded-md border border-border px-4 py-3 hover:bg-surface-muted">
      <span className="block text-2xl font-semibold tabular-nums group-hover:underline">{formatCount(value)}</span>
      <span className="block text-sm text-fg-muted">{label}</span>
    </WorkspaceLink>
  );
}

export function ForecastChart({
  scope,
  data,
  overdueNow,
  csvHref,
}: {
  scope: DashboardScope;
  data: Forecast;
  overdueNow: number;
  csvHref: string;
}) {
  const weeks = Math.max(0, data.projection.length - 1);
  return (
    <ChartCard
      title="Forecast"
      description="Open tickets about to breach their resolution due time if nobody acts, and where the backlog is heading."
      csvHref={csvHref}
      emptyMessage={data.projection.length === 0 ? "There is no history in this range to project the backlog from." : null}
      chart={
        <TrendChart
          data={data.projection}
          xKey="date"
          formatTick={formatDay}
          formatLabel={formatDay}
          xLabel="Date"
          yLabel="Open tickets"
          series={[{ dataKey: "backlog", name: "Projected open tickets", style: SERIES_STYLES.primary }]}
          label={`Line chart of the open tickets projected ${weeks} weeks ahead`}
        />
      }
      table={
        <ChartTable
          caption="Projected open tickets per week"
          columns={[{ label: "Date" }, { label: "Projected open tickets", isNumeric: true }]}
          rows={data.projection.map((point) => ({ key: point.date, cells: [formatDay(point.date), formatCount(point.backlog)] }))}
        />
      }
      aside={
        <div className="grid gap-3 sm:grid-cols-3">
          <RiskFigure value={overdueNow} label="overdue now" href={drillHref(scope, { view: "overdue" })} />
          <RiskFigure value={data.breachWithin4h} label="will breach within 4 h if untouched" href={drillHref(scope, { view: "open" })} />
          <RiskFigure value={data.breachWithin24h} label="will breach within 24 h if untouched" href={drillHref(scope, { view: "open" })} />
        </div>
      }
      note={
        <>
          Backlog today plus the average daily net change (created − resolved or closed) of the last {data.trailingDays}{" "}
          days, projected {weeks} weeks ahead: {formatCount(data.backlogNow)} open now, {perDay.format(data.createdPerDay)} created
          and {perDay.format(data.closedPerDay)} resolved or closed per day.
        </>
      }
    />
  );
}
