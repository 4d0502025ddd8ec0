import { Text } from "@react-pdf/renderer";
import { formatCount, formatDay, formatDuration } from "../format";
import type { DashboardData } from "../types";
import { BarChart, LineChart } from "./chart";
import { COLORS, styles } from "./styles";
import { Section } from "./section";
import { DataTable } from "./table";
import { KIND_LABELS } from "@/lib/tickets/labels";

/** Bars beyond these would not fit a readable chart; the table below lists every row. */
const MAX_BARS = 12;

const duration = (seconds: number | null) => (seconds === null ? "-" : formatDuration(seconds));
const perDay = (value: number) => value.toFixed(1);
const largest = <T,>(rows: T[], value: (row: T) => number) => [...rows].sort((a, b) => value(b) - value(a)).slice(0, MAX_BARS);

type SectionProps = { data: DashboardData };

export function MixSection({ data }: SectionProps) {
  const { categories, kinds } = data.mix;
  const isEmpty = !categories.some((row) => row.created > 0) && !kinds.some((row) => row.created > 0);
  return (
    <Section
      title="Mix"
      empty={isEmpty ? "No tickets were created in this range." : null}
      notes={categories.length > MAX_BARS ? [`The chart shows the ${MAX_BARS} largest categories; the table lists all.`] : []}
      chart={
        <BarChart
          name="Created by category"
          color={COLORS.blue}
          formatValue={formatCount}
          bars={largest(categories, (row) => row.created).map((row) => ({ label: row.name, value: row.created }))}
        />
      }
    >
      <BarChart name="Created by kind" color={COLORS.violet} formatValue={formatCount} bars={kinds.map((row) => ({ label: KIND_LABELS[row.kind], value: row.created }))} />
      <DataTable
        columns={[{ header: "Category", flex: 2.4 }, { header: "Created", isNumeric: true }, { header: "Resolved", isNumeric: true }, { header: "Resolution p50", isNumeric: true }]}
        rows={categories.map((row) => [row.name, formatCount(row.created), formatCount(row.resolved), duration(row.resolutionP50)])}
      />
    </Section>
  );
}

export function PeopleSection({ data }: SectionProps) {
  const isEmpty = data.people.length === 0;
  return (
    <Section
      title="People"
      empty={isEmpty ? "No assigned tickets were open or resolved in this range." : null}
      notes={data.people.length > MAX_BARS ? [`The chart shows the ${MAX_BARS} agents who resolved most; the table lists all.`] : []}
      chart={
        <BarChart
          name="Resolved by agent"
          color={COLORS.green}
          formatValue={formatCount}
          bars={largest(data.people, (row) => row.resolved).map((row) => ({ label: row.name, value: row.resolved }))}
        />
      }
    >
      <DataTable
        columns={[{ header: "Agent", flex: 2.4 }, { header: "Open now", isNumeric: true }, { header: "Resolved", isNumeric: true }, { header: "Resolution p50", isNumeric: true }]}
        rows={data.people.map((row) => [row.name, formatCount(row.open), formatCount(row.resolved), duration(row.resolutionP50)])}
      />
    </Section>
  );
}

export function ForecastSection({ data }: SectionProps) {
  const { forecast } = data;
  const isEmpty = forecast.projection.length === 0 || forecast.projection.every((point) => point.backlog === 0);
  return (
    <Section
      title="Forecast"
      empty={isEmpty ? "No open tickets and no recent activity to project." : null}
      notes={[
        `Straight-line projection: the open backlog now, plus per day the average created (${perDay(forecast.createdPerDay)}) ` +
          `less the average closed (${perDay(forecast.closedPerDay)}) over the last ${forecast.trailingDays} days.`,
      ]}
      chart={
        <LineChart
          labels={forecast.projection.map((point) => formatDay(point.date))}
          yTitle="Open tickets"
          formatTick={formatCount}
          isInteger
          series={[{ name: "Projected backlog", color: COLORS.violet, isDashed: true, values: forecast.projection.map((point) => point.backlog) }]}
        />
      }
    >
      <Text style={styles.note}>
        Open now: {formatCount(forecast.backlogNow)}. Resolution due in the next 4 hours: {formatCount(forecast.breachWithin4h)}; in
        the next 24 hours: {formatCount(forecast.breachWithin24h)}.
      </Text>
      <DataTable
        columns={[{ header: "Date", flex: 1.6 }, { header: "Projected open tickets", isNumeric: true }]}
        rows={forecast.projection.map((point) => [formatDay(point.date), formatCount(Math.round(point.backlog))])}
      />
    </Section>
  );
}
