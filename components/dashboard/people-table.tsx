import { formatCount } from "@/lib/dashboard/format";
import type { AgentRow, DashboardScope } from "@/lib/dashboard/types";
import { ChartCard } from "./chart-card";
import { ChartTable, DrillLink, durationCell } from "./chart-table";
import { drillHref } from "./drill-href";

/** Per-agent workload, a table only: names compare better in rows than in bars. */
export function PeopleTable({ scope, data, csvHref }: { scope: DashboardScope; data: AgentRow[]; csvHref: string }) {
  return (
    <ChartCard
      title="People"
      description="Per agent: tickets assigned and open now, tickets resolved in the range, and their median resolution time."
      csvHref={csvHref}
      emptyMessage={data.length === 0 ? "No agent had open tickets or resolved any in this range." : null}
      table={
        <ChartTable
          caption="Open and resolved tickets per agent"
          columns={[
            { label: "Agent" },
            { label: "Open now", isNumeric: true },
            { label: "Resolved in range", isNumeric: true },
            { label: "Median resolution", isNumeric: true },
          ]}
          rows={data.map((row) => ({
            key: row.assigneeId,
            cells: [
              row.name,
              <DrillLink key="open" href={drillHref(scope, { view: "open", assigneeId: row.assigneeId })}>
                {formatCount(row.open)}
              </DrillLink>,
              <DrillLink key="resolved" href={drillHref(scope, { on: "resolved", assigneeId: row.assigneeId })}>
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
