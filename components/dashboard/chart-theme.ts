import type { CSSProperties } from "react";

// The dashboard's one palette: Okabe-Ito, which stays distinguishable under the common forms of
// colour blindness. Every series colour keeps 3:1 against the card surface in both themes (the
// WCAG minimum for graphics): blue is 5.2:1 on white but 3.4:1 on the dark surface, so dark mode
// uses Okabe-Ito's sky blue (7.6:1) instead; vermillion (3.9 / 4.6), green (3.4 / 5.2) and pink
// (3.1 / 5.8) pass in both. The values are CSS variables set on each chart's frame, so SVG
// strokes follow the theme without re-rendering.
export const CHART_PALETTE_CLASS =
  "[--chart-1:#0072B2] dark:[--chart-1:#56B4E9] [--chart-2:#D55E00] [--chart-3:#009E73] [--chart-4:#CC79A7]";

export type SeriesStyle = { color: string; dash?: string };

/** Series are told apart by dash pattern as well as colour, so colour is never the only cue. */
export const SERIES_STYLES = {
  primary: { color: "var(--chart-1)" },
  secondary: { color: "var(--chart-2)", dash: "8 4" },
  tertiary: { color: "var(--chart-3)", dash: "2 3" },
  quaternary: { color: "var(--chart-4)", dash: "8 3 2 3" },
} as const satisfies Record<string, SeriesStyle>;

export const CHART_HEIGHT = 260;

export const AXIS_PROPS = {
  stroke: "var(--color-border)",
  tick: { fill: "var(--color-fg-muted)", fontSize: 12 },
  tickLine: false,
} as const;

export const GRID_PROPS = { stroke: "var(--color-border)", strokeDasharray: "3 3" } as const;

/** An axis title in the muted text colour; Recharts draws it inside the plot's margin. */
export function axisLabel(value: string, axis: "x" | "y") {
  return axis === "x"
    ? { value, position: "insideBottom" as const, offset: -4, fill: "var(--color-fg-muted)", fontSize: 12 }
    : { value, angle: -90, position: "insideLeft" as const, style: { textAnchor: "middle" as const }, fill: "var(--color-fg-muted)", fontSize: 12 };
}

const tooltipBox: CSSProperties = {
  background: "var(--color-surface)",
  border: "1px solid var(--color-border)",
  borderRadius: 8,
  color: "var(--color-fg)",
  fontSize: 13,
  boxShadow: "0 4px 12px rgb(0 0 0 / 0.12)",
};

export const TOOLTIP_PROPS = {
  contentStyle: tooltipBox,
  labelStyle: { color: "var(--color-fg)", fontWeight: 600, marginBottom: 4 },
  itemStyle: { color: "var(--color-fg)", padding: 0 },
} as const;

export const LINE_CURSOR = { stroke: "var(--color-fg-muted)", strokeDasharray: "3 3" };
export const BAR_CURSOR = { fill: "var(--color-surface-muted)" };
