"use client";

import { formatCount, formatDuration } from "@/lib/dashboard/format";
import type { CategoryRow, DashboardScope } from "@/lib/dashboard/types";
import { BarListChart } from "./bar-list-chart";
import { ChartCard } from "./chart-card";
import { ChartTable, DrillLink, durationCell } from "./chart-table";
import { drillHref } from "./drill-href";
import { useDrillDown } from "./use-drill-down";

/** More bars than this stop fitting the card; the table lists every category. */
const CHART_LIMIT = 10;
/** Stands for "no category" in the chart: no category id can take this value. */
const UNCATEGORISED = "uncategorised";

export function CategoriesChart({ scope, data, csvHref }: { scope: DashboardScope; data: CategoryRow[]; csvHref: string }) {
  const drill = useDrillDown(scope);
  const sorted = [...data].sort((a, b) => b.created - a.created);
  const isEmpty = sorted.every((row) => row.created === 0);
  const rows = sorted.slice(0, CHART_LIMIT).map((row) => ({
    key: row.categoryId ?? UNCATEGORISED,
    label: row.name,
    value: row.created,
    detail: row.resolutionP50 === null ? undefined : `median resolution ${formatDuration(row.resolutionP50)}`,
  }));
  return (
    <ChartCard
      title="Top categories"
      description={`Tickets created in the range by category (the top ${CHART_LIMIT}), with the median time to resolve them.`}
      csvHref={csvHref}
      emptyMessage={isEmpty ? "No tickets were created in this range." : null}
      chart={
        <BarListChart
          rows={rows}
          label="Bar chart of tickets created per category"
          valueLabel="Tickets created"
          onSelect={(key) => drill({ on: "created", categoryId: key === UNCATEGORISED ? null : key })}
        />
      }
      table={
        <ChartTable
          caption="Tickets created and resolved per category, with the median resolution time"
          columns={[
            { label: "Category" },
            { label: "Created", isNumeric: true },
            { label: "Resolved", isNumeric: true },
            { label: "Median resolution", isNumeric: true },
          ]}
          rows={sorted.map((row) => ({
            key: row.categoryId ?? UNCATEGORISED,
            cells: [
              row.name,
              <DrillLink key="created" href={drillHref(scope, { on: "created", categoryId: row.categoryId })}>
                {formatCount(row.created)}
              </DrillLink>,
              <DrillLink key="resolved" href={drillHref(scope, { on: "resolved", categoryId: row.categoryId })}>
                {formatCount(row.resolved)}
              </DrillLink>,
              durationCell(row.resolutionP50),
            ],
          }))}
        />
      }
    />
  );
}
