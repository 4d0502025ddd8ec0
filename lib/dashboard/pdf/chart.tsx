import { Circle, Line, Polyline, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { COLORS, CONTENT_WIDTH, styles } from "./styles";
import { pdfText } from "./text";

type ChartSeries = { name: string; color: string; values: (number | null)[]; isDashed?: boolean };
type Bar = { label: string; value: number };

const LABEL_SIZE = 7;
const LINE_HEIGHT = 140;
const LINE_PLOT = { left: 48, right: 18, top: 14, bottom: 16 };
const MAX_X_LABELS = 8;
const BAR_HEIGHT = 11;
const BAR_GAP = 5;
const BAR_LABEL_WIDTH = 130;
const BAR_LABEL_CHARS = 30;

/** Round axis steps (1, 2 or 5 times a power of ten) up to a top at or above the largest value. */
function niceScale(max: number, isInteger: boolean): number[] {
  const top = max > 0 ? max : 1;
  const rough = top / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalized = rough / magnitude;
  const factor = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
  const step = isInteger ? Math.max(1, factor * magnitude) : factor * magnitude;
  const count = Math.ceil(top / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, index) => index * step);
}

function Label({ x, y, anchor = "start", children }: { x: number; y: number; anchor?: "start" | "middle" | "end"; children: string }) {
  return (
    <Text x={x} y={y} textAnchor={anchor} fill={COLORS.muted} style={{ fontSize: LABEL_SIZE }}>
      {pdfText(children)}
    </Text>
  );
}

function Legend({ items }: { items: { name: string; color: string }[] }) {
  return (
    <View style={styles.legend}>
      {items.map((item) => (
        <View key={item.name} style={styles.legendItem}>
          <View style={[styles.legendSwatch, { backgroundColor: item.color }]} />
          <Text style={styles.legendLabel}>{pdfText(item.name)}</Text>
        </View>
      ))}
    </View>
  );
}

/** Nulls (nothing measured) break a line rather than drawing it down to zero. */
function segmentsOf(values: (number | null)[]): { index: number; value: number }[][] {
  const segments: { index: number; value: number }[][] = [[]];
  values.forEach((value, index) => {
    if (value === null) segments.push([]);
    else segments.at(-1)?.push({ index, value });
  });
  return segments.filter((segment) => segment.length > 0);
}

type LineChartProps = {
  labels: string[];
  series: ChartSeries[];
  yTitle: string;
  formatTick: (value: number) => string;
  isInteger?: boolean;
};

/** Series over the periods: one line each, y from zero, at most eight x labels. */
export function LineChart({ labels, series, yTitle, formatTick, isInteger = false }: LineChartProps) {
  const plotWidth = CONTENT_WIDTH - LINE_PLOT.left - LINE_PLOT.right;
  const plotHeight = LINE_HEIGHT - LINE_PLOT.top - LINE_PLOT.bottom;
  const ticks = niceScale(Math.max(0, ...series.flatMap((line) => line.values.map((value) => value ?? 0))), isInteger);
  const top = ticks.at(-1) ?? 1;
  const x = (index: number) => LINE_PLOT.left + (labels.length > 1 ? (index * plotWidth) / (labels.length - 1) : plotWidth / 2);
  const y = (value: number) => LINE_PLOT.top + plotHeight - (value / top) * plotHeight;
  const labelEvery = Math.ceil(labels.length / MAX_X_LABELS);
  return (
    <View>
      <Svg width={CONTENT_WIDTH} height={LINE_HEIGHT}>
        <Label x={0} y={7}>{yTitle}</Label>
        {ticks.map((tick) => (
          <Line key={`grid-${tick}`} x1={LINE_PLOT.left} x2={LINE_PLOT.left + plotWidth} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? COLORS.axis : COLORS.grid} strokeWidth={0.5} />
        ))}
        {ticks.map((tick) => (
          <Label key={`tick-${tick}`} x={LINE_PLOT.left - 4} y={y(tick) + 2.5} anchor="end">{formatTick(tick)}</Label>
        ))}
        {labels.map((label, index) =>
          index % labelEvery === 0 ? (
            <Label key={`x-${index}`} x={x(index)} y={LINE_HEIGHT - 4} anchor="middle">{label}</Label>
          ) : null,
        )}
        {series.flatMap((line) =>
          segmentsOf(line.values).map((segment) =>
            segment.length === 1 ? (
              <Circle key={`${line.name}-${segment[0]?.index}`} cx={x(segment[0]?.index ?? 0)} cy={y(segment[0]?.value ?? 0)} r={1.8} fill={line.color} />
            ) : (
              <Polyline
                key={`${line.name}-${segment[0]?.index}`}
                points={segment.map((point) => `${x(point.index)},${y(point.value)}`).join(" ")}
                fill="none"
                stroke={line.color}
                strokeWidth={1.5}
                strokeDasharray={line.isDashed ? "3 2" : undefined}
              />
            ),
          ),
        )}
      </Svg>
      <Legend items={series} />
    </View>
  );
}

type BarChartProps = { bars: Bar[]; name: string; color: string; formatValue: (value: number) => string; isInteger?: boolean };

/** A breakdown as horizontal bars, which leave room for long category and agent names. */
export function BarChart({ bars, name, color, formatValue, isInteger = true }: BarChartProps) {
  const ticks = niceScale(Math.max(0, ...bars.map((bar) => bar.value)), isInteger);
  const top = ticks.at(-1) ?? 1;
  const plotWidth = CONTENT_WIDTH - BAR_LABEL_WIDTH - 40;
  const plotHeight = bars.length * (BAR_HEIGHT + BAR_GAP);
  const x = (value: number) => BAR_LABEL_WIDTH + (value / top) * plotWidth;
  const truncate = (label: string) => (label.length > BAR_LABEL_CHARS ? `${label.slice(0, BAR_LABEL_CHARS - 1)}…` : label);
  return (
    <View>
      <Svg width={CONTENT_WIDTH} height={plotHeight + 14}>
        {ticks.map((tick) => (
          <Line key={`grid-${tick}`} x1={x(tick)} x2={x(tick)} y1={0} y2={plotHeight} stroke={tick === 0 ? COLORS.axis : COLORS.grid} strokeWidth={0.5} />
        ))}
        {ticks.map((tick) => (
          <Label key={`tick-${tick}`} x={x(tick)} y={plotHeight + 10} anchor="middle">{formatValue(tick)}</Label>
        ))}
        {bars.map((bar, index) => {
          const rowTop = index * (BAR_HEIGHT + BAR_GAP) + BAR_GAP / 2;
          return [
            <Label key={`label-${index}`} x={BAR_LABEL_WIDTH - 6} y={rowTop + BAR_HEIGHT - 3} anchor="end">{truncate(bar.label.replace(/\s+/g, " "))}</Label>,
            <Rect key={`bar-${index}`} x={x(0)} y={rowTop} width={Math.max(0.5, x(bar.value) - x(0))} height={BAR_HEIGHT} fill={color} />,
            <Label key={`value-${index}`} x={x(bar.value) + 3} y={rowTop + BAR_HEIGHT - 3}>{formatValue(bar.value)}</Label>,
          ];
        })}
      </Svg>
      <Legend items={[{ name, color }]} />
    </View>
  );
}
