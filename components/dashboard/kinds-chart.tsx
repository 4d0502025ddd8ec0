"use client";

import { formatCount } from "@/lib/dashboard/format";
import type { DashboardScope, KindRow } from "@/lib/dashboard/types";
import { KIND_LABELS } from "@/lib/tickets/labels";
import { BarListChart } from "./bar-list-chart";
import { ChartCard } from "./chart-card";
import { ChartTable, DrillLink } from "./chart-table";
import { drillHref } from "./drill-href";
import { useDrillDown } from "./use-drill-down";

export function KindsChart({ scope, data, csvHref }: { scope: DashboardScope; data: KindRow[]; csvHref: string }) {
  const drill = useDrillDown(scope);
  const isEmpty = data.every((row) => row.created === 0);
  return (
    <ChartCard
      title="Ticket kinds"
      description="Tickets created in the range by kind: incidents, service requests and questions."
      csvHref={csvHref}
      emptyMessage={isEmpty ? "No tickets were created in this range." : null}
      chart={
        <BarListChart
          rows={data.map((row) => ({ key: row.kind, label: KIND_LABELS[row.kind], value: row.created }))}
          label="Bar chart of tickets created per kind"
          valueLabel="Tickets created"
          onSelect={(kind) => drill({ on: "created", kind })}
        />
      }
      table={
        <ChartTable
          caption="Tickets created per kind"
          columns={[{ label: "Kind" }, { label: "Created", isNumeric: true }]}
          rows={data.map((row) => ({
            key: row.kind,
            cells: [
              KIND_LABELS[row.kind],
              <DrillLink key="created" href={drillHref(scope, { on: "created", kind: row.kind })}>
                {formatCount(row.created)}
              </DrillLink>,
            ],
          }))}
        />
      }
    />
  );
}
