import { ChartNoAxesColumn } from "lucide-react";

/** Stands in for a chart with nothing to draw, so an empty axis is never mistaken for zeros. */
export function ChartEmpty({ message }: { message: string }) {
  return (
    <div className="flex min-h-40 flex-col items-center justify-center gap-2 rounded-md border border-dashed border-border px-6 py-8 text-center">
      <ChartNoAxesColumn aria-hidden className="size-5 text-fg-muted" />
      <p className="max-w-xs text-sm text-fg-muted">{message}</p>
    </div>
  );
}
