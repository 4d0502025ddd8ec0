"use client";

import { formatCount, formatDuration } from "@/lib/dashboard/format";
import type { DashboardScope, SpeedPoint } from "@/lib/dashboard/types";
import { ChartCard } from "./chart-card";
import { ChartTable, PeriodCell, durationCell } from "./chart-table";
import { SERIES_STYLES } from "./chart-theme";
import { useDrillDown } from "./use-drill-down";
import { PeriodTrendChart } from "./trend-chart";

const HOUR = 3_600;
const DURATION_KEYS = ["firstResponseP50", "firstResponseP90", "resolutionP50", "resolutionP90"] as const;

const hours = (seconds: number | null) => (seconds === null ? null : seconds / HOUR);

export function SpeedChart({ scope, data, csvHref }: { scope: DashboardScope; data: SpeedPoint[]; csvHref: string }) {
  const drill = useDrillDown(scope);
  const { granularity } = scope;
  const isEmpty = data.every((point) => DURATION_KEYS.every((key) => point[key] === null));
  // The axis is in hours: seconds would give ticks like 86,400.
  const inHours = data.map((point) => ({
    ...point,
    firstResponseP50: hours(point.firstResponseP50),
    firstResponseP90: hours(point.firstResponseP90),
    resolutionP50: hours(point.resolutionP50),
    resolutionP90: hours(point.resolutionP90),
  }));
  return (
    <ChartCard
      title="Response and resolution time"
      description="Time from a ticket's creation to the first agent reply and to its resolution, by the period it happened in."
      csvHref={csvHref}
      emptyMessage={isEmpty ? "No tickets were answered or resolved in this range, so there are no response or resolution times." : null}
      note="Estimated from histograms; median and 90th percentile, wall-clock time."
      chart={
        <PeriodTrendChart
          scope={scope}
          data={inHours}
          yLabel="Hours"
          allowDecimals
          formatValue={(value) => formatDuration(value * HOUR)}
          formatYTick={(value) => `${value} h`}
          series={[
            { dataKey: "firstResponseP50", name: "First response, median", style: SERIES_STYLES.primary },
            { dataKey: "firstResponseP90", name: "First response, 90th percentile", style: SERIES_STYLES.tertiary },
            { dataKey: "resolutionP50", name: "Resolution, median", style: SERIES_STYLES.secondary },
            { dataKey: "resolutionP90", name: "Resolution, 90th percentile", style: SERIES_STYLES.quaternary },
          ]}
          label={`Line chart of median and 90th percentile first response and resolution times in hours per ${granularity}`}
          onSelectPeriod={(point) => drill({ on: "resolved", from: point.start, to: point.end })}
        />
      }
      table={
        <ChartTable
          caption={`First response and resolution times per ${granularity}`}
          columns={[
            { label: "Period" },
            { label: "Answered", isNumeric: true },
            { label: "First response, median", isNumeric: true },
            { label: "First response, 90th pct.", isNumeric: true },
            { label: "Resolved", isNumeric: true },
            { label: "Resolution, median", isNumeric: true },
            { label: "Resolution, 90th pct.", isNumeric: true },
          ]}
          rows={data.map((point) => ({
            key: point.start,
            cells: [
              <PeriodCell key="period" scope={scope} period={point} />,
              formatCount(point.responded),
              durationCell(point.firstResponseP50),
              durationCell(point.firstResponseP90),
              formatCount(point.resolved),
              durationCell(point.resolutionP50),
              durationCell(point.resolutionP90),
            ],
          }))}
        />
      }
    />
  );
}
