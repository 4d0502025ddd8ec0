"use client";

import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { cn } from "@/components/ui/cn";
import { CHART_HEIGHT, CHART_PALETTE_CLASS } from "./chart-theme";

/**
 * The box every chart is drawn in: a fixed height (ResponsiveContainer measures only the width
 * reliably), the palette's CSS variables, and role="img" with a summary, since the SVG itself
 * says nothing useful to a screen reader; the card's table is the accessible alternative.
 */
export function ChartFrame({
  label,
  height = CHART_HEIGHT,
  isClickable = false,
  children,
}: {
  label: string;
  height?: number;
  /** The whole plot drills down on click, so it shows the pointer everywhere. */
  isClickable?: boolean;
  children: ReactElement;
}) {
  return (
    <div role="img" aria-label={label} className={cn("w-full", CHART_PALETTE_CLASS, isClickable && "cursor-pointer")} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}
