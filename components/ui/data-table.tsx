import type { ReactNode } from "react";
import { cn } from "./cn";

const HEADER_CELL = "px-4 py-2.5 text-left text-xs font-medium tracking-wide whitespace-nowrap text-fg-muted uppercase";

/** A column heading; `className` hides it on small screens or aligns it, as its cells do. */
export type DataTableColumn = { label: string; className?: string };

/**
 * The app's list table: a bordered, horizontally scrollable frame, a caption for screen
 * readers, column headings, and the rows given as children. `false` columns are left out.
 */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: (DataTableColumn | false)[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-xs">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-border bg-surface-muted/60">
          <tr>
            {columns.map(
              (column) =>
                column && (
                  <th key={column.label} scope="col" className={cn(HEADER_CELL, column.className)}>
                    {column.label}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">{children}</tbody>
      </table>
    </div>
  );
}
