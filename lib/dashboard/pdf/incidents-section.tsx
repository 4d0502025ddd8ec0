import { Text } from "@react-pdf/renderer";
import { formatCount, formatDuration, formatIncidentStatus, INCIDENT_METHOD_NOTE } from "../format";
import type { DashboardData } from "../types";
import { BarChart } from "./chart";
import { Section } from "./section";
import { COLORS, styles } from "./styles";
import { DataTable } from "./table";

const duration = (seconds: number | null) => (seconds === null ? "-" : formatDuration(seconds));

/** Incidents declared in the range by severity, how fast they were acknowledged and resolved, and those open now. */
export function IncidentsSection({ data }: { data: DashboardData }) {
  const { bySeverity, total, open } = data.incidents;
  const openText = open.length === 0
    ? "No incident is open now."
    : `Open now: ${open.map((row) => `${row.severity} ${formatIncidentStatus(row.status).toLowerCase()} ${formatCount(row.count)}`).join(", ")}.`;
  return (
    <Section
      title="Incidents"
      empty={total.declared === 0 && total.openNow === 0 ? "No incident was declared in this range, and none is open." : null}
      notes={[INCIDENT_METHOD_NOTE]}
      chart={
        <BarChart
          name="Declared by severity"
          color={COLORS.red}
          formatValue={formatCount}
          bars={bySeverity.map((row) => ({ label: row.severity, value: row.declared }))}
        />
      }
    >
      <Text style={styles.note}>{openText}</Text>
      <DataTable
        columns={[
          { header: "Severity" },
          { header: "Declared", isNumeric: true },
          { header: "Ack. p50", isNumeric: true },
          { header: "Ack. p90", isNumeric: true },
          { header: "Resolve p50", isNumeric: true },
          { header: "Resolve p90", isNumeric: true },
          { header: "Open now", isNumeric: true },
        ]}
        rows={[...bySeverity, { ...total, severity: "All" }].map((row) => [
          row.severity,
          formatCount(row.declared),
          duration(row.acknowledge.p50),
          duration(row.acknowledge.p90),
          duration(row.resolve.p50),
          duration(row.resolve.p90),
          formatCount(row.openNow),
        ])}
      />
    </Section>
  );
}
