import { Text } from "@react-pdf/renderer";
import { formatCount, formatDuration, formatPeriod, formatPeriodTick, formatShare, formatShareTick } from "../format";
import type { DashboardData, Period } from "../types";
import { BarChart, LineChart } from "./chart";
import { COLORS, styles } from "./styles";
import { Section } from "./section";
import { DataTable } from "./table";
import { PRIORITY_LABELS, STATUS_LABELS } from "@/lib/tickets/labels";

const HOUR = 3_600;
const NO_VALUE = "-";

const hoursOrNull = (seconds: number | null) => (seconds === null ? null : seconds / HOUR);
const hourTick = (hours: number) => `${Number(hours.toFixed(2))} h`;
const duration = (seconds: number | null) => (seconds === null ? NO_VALUE : formatDuration(seconds));
const share = (value: number | null) => (value === null ? NO_VALUE : formatShare(value));
const hasCounts = (values: number[]) => values.some((value) => value > 0);
const periodColumn = { header: "Period", flex: 1.6 };

type SectionProps = { data: DashboardData };

function periodLabels(data: DashboardData, points: Period[]) {
  const { granularity } = data.scope;
  return {
    ticks: points.map((point) => formatPeriodTick(point.start, granularity)),
    names: points.map((point) => formatPeriod(point.start, granularity)),
  };
}

export function VolumeSection({ data }: SectionProps) {
  const periods = periodLabels(data, data.volume);
  const isEmpty = !hasCounts(data.volume.flatMap((point) => [point.created, point.resolved]));
  return (
    <Section
      title="Volume"
      empty={isEmpty ? "No tickets were created or resolved in this range." : null}
      chart={
        <LineChart
          labels={periods.ticks}
          yTitle="Tickets"
          isInteger
          formatTick={formatCount}
          series={[
            { name: "Created", color: COLORS.blue, values: data.volume.map((point) => point.created) },
            { name: "Resolved", color: COLORS.green, values: data.volume.map((point) => point.resolved) },
          ]}
        />
      }
    >
      <DataTable
        columns={[periodColumn, { header: "Created", isNumeric: true }, { header: "Resolved", isNumeric: true }]}
        rows={data.volume.map((point, index) => [periods.names[index] ?? point.start, formatCount(point.created), formatCount(point.resolved)])}
      />
    </Section>
  );
}

export function BacklogSection({ data }: SectionProps) {
  const { series, byStatus, byPriority } = data.backlog;
  const periods = periodLabels(data, series);
  const isEmpty = !hasCounts([...series.map((point) => point.backlog), ...byStatus.map((row) => row.count)]);
  return (
    <Section
      title="Backlog"
      empty={isEmpty ? "No tickets were open in this range." : null}
      notes={["Open tickets at the end of each period's last day; the breakdowns are open tickets now."]}
      chart={
        <LineChart
          labels={periods.ticks}
          yTitle="Open tickets"
          isInteger
          formatTick={formatCount}
          series={[{ name: "Open at period end", color: COLORS.violet, values: series.map((point) => point.backlog) }]}
        />
      }
    >
      <BarChart name="Open now by status" color={COLORS.violet} formatValue={formatCount} bars={byStatus.map((row) => ({ label: STATUS_LABELS[row.status], value: row.count }))} />
      <BarChart name="Open now by priority" color={COLORS.amber} formatValue={formatCount} bars={byPriority.map((row) => ({ label: PRIORITY_LABELS[row.priority], value: row.open }))} />
      <DataTable
        columns={[periodColumn, { header: "Open at end", isNumeric: true }]}
        rows={series.map((point, index) => [periods.names[index] ?? point.start, formatCount(point.backlog)])}
      />
    </Section>
  );
}

export function SpeedSection({ data }: SectionProps) {
  const periods = periodLabels(data, data.speed);
  const isEmpty = data.speed.every((point) => point.firstResponseP50 === null && point.resolutionP50 === null);
  return (
    <Section
      title="Speed"
      empty={isEmpty ? "No tickets were answered or resolved in this range." : null}
      notes={["Medians (p50) and 90th percentiles (p90) are estimated from duration histograms, so they lie within a few per cent of the exact values."]}
      chart={
        <LineChart
          labels={periods.ticks}
          yTitle="Hours"
          formatTick={hourTick}
          series={[
            { name: "First response p50", color: COLORS.blue, values: data.speed.map((point) => hoursOrNull(point.firstResponseP50)) },
            { name: "First response p90", color: COLORS.lightBlue, isDashed: true, values: data.speed.map((point) => hoursOrNull(point.firstResponseP90)) },
            { name: "Resolution p50", color: COLORS.green, values: data.speed.map((point) => hoursOrNull(point.resolutionP50)) },
            { name: "Resolution p90", color: COLORS.lightGreen, isDashed: true, values: data.speed.map((point) => hoursOrNull(point.resolutionP90)) },
          ]}
        />
      }
    >
      <DataTable
        columns={[
          periodColumn,
          { header: "Answered", isNumeric: true },
          { header: "1st resp. p50", isNumeric: true },
          { header: "1st resp. p90", isNumeric: true },
          { header: "Resolved", isNumeric: true },
          { header: "Resol. p50", isNumeric: true },
          { header: "Resol. p90", isNumeric: true },
        ]}
        rows={data.speed.map((point, index) => [
          periods.names[index] ?? point.start,
          formatCount(point.responded),
          duration(point.firstResponseP50),
          duration(point.firstResponseP90),
          formatCount(point.resolved),
          duration(point.resolutionP50),
          duration(point.resolutionP90),
        ])}
      />
    </Section>
  );
}

export function SlaSection({ data }: SectionProps) {
  const { series, overdueNow } = data.sla;
  const periods = periodLabels(data, series);
  const isEmpty = series.every((point) => point.breachRate === null && point.firstResponseBreachRate === null);
  return (
    <Section
      title="SLA"
      empty={isEmpty ? `No ticket with a due time was answered or resolved in this range. Overdue now: ${formatCount(overdueNow)}.` : null}
      notes={["A breach rate is the share of the tickets with a due time that missed it."]}
      chart={
        <LineChart
          labels={periods.ticks}
          yTitle="Breach rate"
          formatTick={formatShareTick}
          series={[
            { name: "Resolution breaches", color: COLORS.red, values: series.map((point) => point.breachRate) },
            { name: "First response breaches", color: COLORS.amber, values: series.map((point) => point.firstResponseBreachRate) },
          ]}
        />
      }
    >
      <Text style={styles.note}>Overdue now: {formatCount(overdueNow)} open tickets.</Text>
      <DataTable
        columns={[
          periodColumn,
          { header: "Resolved, due", isNumeric: true },
          { header: "Late", isNumeric: true },
          { header: "Breach rate", isNumeric: true },
          { header: "Answered, due", isNumeric: true },
          { header: "Late", isNumeric: true },
          { header: "Breach rate", isNumeric: true },
        ]}
        rows={series.map((point, index) => [
          periods.names[index] ?? point.start,
          formatCount(point.resolvedWithDue),
          formatCount(point.resolvedLate),
          share(point.breachRate),
          formatCount(point.respondedWithDue),
          formatCount(point.respondedLate),
          share(point.firstResponseBreachRate),
        ])}
      />
      <DataTable
        columns={[
          { header: "Priority", flex: 1.6 },
          { header: "Open now", isNumeric: true },
          { header: "Resolved, due", isNumeric: true },
          { header: "Late", isNumeric: true },
          { header: "Breach rate", isNumeric: true },
        ]}
        rows={data.backlog.byPriority.map((row) => [
          PRIORITY_LABELS[row.priority],
          formatCount(row.open),
          formatCount(row.resolvedWithDue),
          formatCount(row.resolvedLate),
          share(row.breachRate),
        ])}
      />
    </Section>
  );
}

export function QualitySection({ data }: SectionProps) {
  const periods = periodLabels(data, data.quality);
  const isEmpty = data.quality.every((point) => point.reopenRate === null);
  return (
    <Section
      title="Quality"
      empty={isEmpty ? "No tickets were resolved in this range." : null}
      notes={["The reopen rate is the share of the period's resolved tickets that were reopened."]}
      chart={
        <LineChart
          labels={periods.ticks}
          yTitle="Reopen rate"
          formatTick={formatShareTick}
          series={[{ name: "Reopened", color: COLORS.red, values: data.quality.map((point) => point.reopenRate) }]}
        />
      }
    >
      <DataTable
        columns={[periodColumn, { header: "Resolved", isNumeric: true }, { header: "Reopened", isNumeric: true }, { header: "Reopen rate", isNumeric: true }]}
        rows={data.quality.map((point, index) => [periods.names[index] ?? point.start, formatCount(point.resolved), formatCount(point.reopened), share(point.reopenRate)])}
      />
    </Section>
  );
}
