"use client";

import { Download, Table2 } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ChartEmpty } from "./chart-empty";

/**
 * A dashboard card: title, the metric's definition, a CSV download and, when there is a chart,
 * a "Show as table" toggle that swaps it for the same figures as a table (the accessible and
 * keyboard-drillable alternative). With `emptyMessage` the card explains why there is nothing.
 */
export function ChartCard({
  title,
  description,
  csvHref,
  emptyMessage = null,
  chart,
  table,
  note,
  aside,
}: {
  title: string;
  description: string;
  csvHref: string;
  emptyMessage?: string | null;
  /** Omitted for a card that is a table only. */
  chart?: ReactNode;
  table: ReactNode;
  /** Method or caveat under the figures. */
  note?: ReactNode;
  /** Figures shown in both modes, under the chart or table. */
  aside?: ReactNode;
}) {
  const headingId = useId();
  const [isTable, setIsTable] = useState(false);
  const hasToggle = chart !== undefined && emptyMessage === null;
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-4 rounded-lg border border-border bg-surface p-5 shadow-xs">
      <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-56">
          <h2 id={headingId} className="text-base font-semibold">
            {title}
          </h2>
          <p className="mt-0.5 text-sm text-fg-muted">{description}</p>
        </div>
        <div className="flex shrink-0 items-center gap-1">
          {hasToggle && (
            <button
              type="button"
              aria-pressed={isTable}
              onClick={() => setIsTable((shown) => !shown)}
              className={buttonClasses("ghost", cn("h-8 px-2.5", isTable && "bg-surface-muted text-fg"))}
            >
              <Table2 aria-hidden className="size-4" />
              Show as table
            </button>
          )}
          <a href={csvHref} download aria-label={`Download ${title} as CSV`} className={buttonClasses("ghost", "h-8 px-2.5")}>
            <Download aria-hidden className="size-4" />
            CSV
          </a>
        </div>
      </header>
      {emptyMessage !== null ? <ChartEmpty message={emptyMessage} /> : chart === undefined || isTable ? table : chart}
      {aside}
      {note && <p className="text-xs text-fg-muted">{note}</p>}
    </section>
  );
}
