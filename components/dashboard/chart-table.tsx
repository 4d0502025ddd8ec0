import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { formatDuration, formatPeriod, formatShare } from "@/lib/dashboard/format";
import type { DashboardScope, Period } from "@/lib/dashboard/types";
import { drillHref } from "./drill-href";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";

export type ChartTableColumn = { label: string; isNumeric?: boolean };
/** The first cell heads its row. */
export type ChartTableRow = { key: string; cells: ReactNode[] };

/** A chart's figures as a table: a caption, column and row headers, numbers aligned right. */
export function ChartTable({ caption, columns, rows }: { caption: string; columns: ChartTableColumn[]; rows: ChartTableRow[] }) {
  const align = (index: number) => (columns[index]?.isNumeric ? "text-right tabular-nums" : "text-left");
  return (
    // Relative, so the visually hidden labels inside (absolutely positioned) scroll with the
    // table instead of widening the page on a phone.
    <div className="relative max-h-96 overflow-auto rounded-md border border-border">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 border-b border-border bg-surface-muted">
          <tr>
            {columns.map((column, index) => (
              <th key={column.label} scope="col" className={cn("px-3 py-2 text-xs font-medium whitespace-nowrap text-fg-muted", align(index))}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={cn("px-3 py-2 font-medium whitespace-nowrap", align(index))}>
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={cn("px-3 py-2 whitespace-nowrap", align(index))}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A figure that opens the tickets behind it. */
export function DrillLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <WorkspaceLink href={href} className="font-medium text-accent underline-offset-2 hover:underline">
      {children}
    </WorkspaceLink>
  );
}

/** A period's name, opening the tickets resolved in it (the figures of the speed, SLA and reopen tables). */
export function PeriodCell({ scope, period }: { scope: DashboardScope; period: Period }) {
  return (
    <DrillLink href={drillHref(scope, { on: "resolved", from: period.start, to: period.end })}>
      {formatPeriod(period.start, scope.granularity)}
    </DrillLink>
  );
}

/** An empty cell that says so to screen readers instead of reading out a dash. */
export function MissingValue() {
  return (
    <>
      <span aria-hidden className="text-fg-muted">—</span>
      <span className="sr-only">no data</span>
    </>
  );
}

/** A share cell: "12.5 %", or no data. */
export function shareCell(value: number | null): ReactNode {
  return value === null ? <MissingValue /> : formatShare(value);
}

/** A duration cell: "2 h 10 min", or no data. */
export function durationCell(seconds: number | null): ReactNode {
  return seconds === null ? <MissingValue /> : formatDuration(seconds);
}
