"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatPeriod, formatPeriodTick, formatShare, formatShareTick, periodAxisLabel } from "@/lib/dashboard/format";
import type { DashboardScope, Period } from "@/lib/dashboard/types";
import { ChartFrame } from "./chart-frame";
import { ChartLegend } from "./chart-legend";
import { AXIS_PROPS, axisLabel, GRID_PROPS, LINE_CURSOR, type SeriesStyle, TOOLTIP_PROPS } from "./chart-theme";

export type TrendSeries<T> = { dataKey: keyof T & string; name: string; style: SeriesStyle };

/** Beyond this many points the dots would merge into a second line. */
const MAX_POINTS_WITH_DOTS = 40;
const compactCount = new Intl.NumberFormat("en-US", { notation: "compact" });

type TrendChartProps<T> = {
  data: T[];
  xKey: string;
  formatTick: (x: string) => string;
  formatLabel: (x: string) => string;
  xLabel: string;
  yLabel: string;
  formatValue?: (value: number) => string;
  formatYTick?: (value: number) => string;
  /** Off for counts, so small numbers do not get ticks like 2.5 tickets. */
  allowDecimals?: boolean;
  /** Shares start at 0 % and show at least up to 10 %, so a run of zeros does not read as 0-400 %. */
  isShare?: boolean;
  series: TrendSeries<T>[];
  /** The chart's summary for screen readers. */
  label: string;
  onSelectPeriod?: (point: T) => void;
  onSelectPoint?: (point: T, dataKey: keyof T & string) => void;
};

/**
 * Lines over time. A click drills down either into the period under the pointer (`onSelectPeriod`,
 * anywhere in the plot) or into one series' point (`onSelectPoint`, on the highlighted dot), for
 * charts whose series lead to different lists.
 */
export function TrendChart<T extends Record<string, unknown>>({
  data,
  xKey,
  formatTick,
  formatLabel,
  xLabel,
  yLabel,
  formatValue = formatCount,
  formatYTick = (value) => compactCount.format(value),
  allowDecimals = false,
  isShare = false,
  series,
  label,
  onSelectPeriod,
  onSelectPoint,
}: TrendChartProps<T>) {
  const hasDots = data.length <= MAX_POINTS_WITH_DOTS;
  return (
    <div className="space-y-2">
      <ChartLegend series={series} />
      <ChartFrame label={label} isClickable={onSelectPeriod !== undefined}>
        {/* The frame is role="img"; Recharts' keyboard layer would put a focus stop inside it. */}
        <LineChart
          data={data}
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
          onClick={(state) => {
            const point = data[Number(state.activeTooltipIndex)];
            if (onSelectPeriod && point) onSelectPeriod(point);
          }}
        >
          <CartesianGrid {...GRID_PROPS} vertical={false} />
          <XAxis
            {...AXIS_PROPS}
            dataKey={xKey}
            height={44}
            minTickGap={16}
            tickFormatter={(value) => formatTick(String(value))}
            label={axisLabel(xLabel, "x")}
          />
          <YAxis
            {...AXIS_PROPS}
            width={64}
            allowDecimals={allowDecimals}
            tickFormatter={formatYTick}
            label={axisLabel(yLabel, "y")}
            {...(isShare && { domain: [0, (dataMax: number) => Math.min(1, Math.max(dataMax, 0.1))] })}
          />
          <Tooltip
            {...TOOLTIP_PROPS}
            cursor={LINE_CURSOR}
            labelFormatter={(value) => formatLabel(String(value))}
            formatter={(value) => (typeof value === "number" ? formatValue(value) : "no data")}
          />
          {series.map(({ dataKey, name, style }) => (
            <Line
              key={dataKey}
              type="monotone"
              dataKey={dataKey}
              name={name}
              stroke={style.color}
              strokeWidth={2.5}
              strokeDasharray={style.dash}
              dot={hasDots ? { r: 2.5, fill: style.color, strokeWidth: 0 } : false}
              activeDot={(dot) => (
                <g
                  onClick={onSelectPoint ? () => onSelectPoint(dot.payload as T, dataKey) : undefined}
                  className={onSelectPoint ? "cursor-pointer" : undefined}
                >
                  {/* A larger transparent target: the visible dot alone is hard to hit. */}
                  {onSelectPoint && <circle cx={dot.cx} cy={dot.cy} r={12} fill="transparent" />}
                  <circle cx={dot.cx} cy={dot.cy} r={5} fill={style.color} stroke="var(--color-surface)" strokeWidth={2} />
                </g>
              )}
            />
          ))}
        </LineChart>
      </ChartFrame>
    </div>
  );
}

/** The y axis of a share (0-100 %). */
export const SHARE_AXIS = { allowDecimals: true, isShare: true, formatValue: formatShare, formatYTick: formatShareTick } as const;

/** A TrendChart over the range's periods: x is each period's first day, named by the granularity. */
export function PeriodTrendChart<T extends Period & Record<string, unknown>>({
  scope,
  ...props
}: Omit<TrendChartProps<T>, "xKey" | "formatTick" | "formatLabel" | "xLabel"> & { scope: DashboardScope }) {
  const { granularity } = scope;
  return (
    <TrendChart
      {...props}
      xKey="start"
      formatTick={(start) => formatPeriodTick(start, granularity)}
      formatLabel={(start) => formatPeriod(start, granularity)}
      xLabel={periodAxisLabel(granularity)}
    />
  );
}
