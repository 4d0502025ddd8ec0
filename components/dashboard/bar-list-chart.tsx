"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount } from "@/lib/dashboard/format";
import { ChartFrame } from "./chart-frame";
import { AXIS_PROPS, axisLabel, BAR_CURSOR, GRID_PROPS, SERIES_STYLES, TOOLTIP_PROPS } from "./chart-theme";

export type BarListRow<K extends string = string> = {
  key: K;
  label: string;
  value: number;
  /** A second figure for the tooltip, e.g. the median resolution time. */
  detail?: string;
};

const ROW_HEIGHT = 34;
const AXIS_HEIGHT = 48;
const MAX_LABEL_LENGTH = 22;

const shorten = (label: string) => (label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label);

/** Horizontal bars, one per category, so long names stay readable; a bar drills down on click. */
export function BarListChart<K extends string>({
  rows,
  label,
  valueLabel,
  onSelect,
}: {
  rows: BarListRow<K>[];
  /** The chart's summary for screen readers. */
  label: string;
  /** The value axis' title, with its unit. */
  valueLabel: string;
  onSelect: (key: K) => void;
}) {
  return (
    <ChartFrame label={label} height={rows.length * ROW_HEIGHT + AXIS_HEIGHT}>
      {/* The frame is role="img"; Recharts' keyboard layer would put a focus stop inside it. */}
      <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: 40, bottom: 4, left: 4 }}>
        <CartesianGrid {...GRID_PROPS} horizontal={false} />
        <XAxis {...AXIS_PROPS} type="number" allowDecimals={false} height={40} label={axisLabel(valueLabel, "x")} />
        <YAxis {...AXIS_PROPS} type="category" dataKey="label" width={150} tickFormatter={shorten} />
        <Tooltip
          {...TOOLTIP_PROPS}
          cursor={BAR_CURSOR}
          formatter={(value, _name, item) => {
            const count = typeof value === "number" ? formatCount(value) : "no data";
            const { detail } = item.payload as BarListRow;
            return detail ? `${count} · ${detail}` : count;
          }}
        />
        <Bar
          dataKey="value"
          name={valueLabel}
          fill={SERIES_STYLES.primary.color}
          radius={[0, 4, 4, 0]}
          maxBarSize={22}
          cursor="pointer"
          onClick={(bar) => onSelect((bar.payload as BarListRow<K>).key)}
        >
          <LabelList dataKey="value" position="right" fill="var(--color-fg-muted)" fontSize={12} formatter={(value) => (typeof value === "number" ? formatCount(value) : "")} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
