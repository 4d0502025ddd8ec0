import { Document, Page, Text, View } from "@react-pdf/renderer";
import { describeChange, describePendingDays, formatHeadlineValue, formatLongDay } from "../format";
import type { ReactNode } from "react";
import type { DashboardData } from "../types";
import { ForecastSection, MixSection, PeopleSection } from "./breakdown-sections";
import { IncidentsSection } from "./incidents-section";
import { BacklogSection, QualitySection, SlaSection, SpeedSection, VolumeSection } from "./series-sections";
import { COLORS, styles } from "./styles";
import { formatInstant, pdfText } from "./text";

export type ReportMeta = { workspaceName: string; filtersText: string };

const TONE_COLORS = { good: COLORS.good, bad: COLORS.bad, neutral: COLORS.muted };

function Header({ data, meta }: { data: DashboardData; meta: ReportMeta }) {
  const { from, to, timeZone } = data.scope;
  const pending = describePendingDays(data.pendingDays);
  return (
    <View>
      <Text style={styles.title}>Support report</Text>
      <Text style={styles.workspace}>{pdfText(meta.workspaceName)}</Text>
      <Text style={styles.meta}>{`${formatLongDay(from)} – ${formatLongDay(to)} (${pdfText(timeZone)})`}</Text>
      <Text style={styles.meta}>Filters: {pdfText(meta.filtersText)}</Text>
      <Text style={styles.meta}>Generated {formatInstant(data.generatedAt, timeZone)}</Text>
      {pending ? <Text style={styles.notice}>{pdfText(pending)}</Text> : null}
    </View>
  );
}

function Headlines({ data }: { data: DashboardData }) {
  return (
    <View style={styles.headlines}>
      {data.headlines.map((headline) => {
        const change = describeChange(headline, data.scope);
        return (
          <View key={headline.key} style={styles.headline}>
            <View style={styles.headlineBox}>
              <Text style={styles.headlineLabel}>{pdfText(headline.label)}</Text>
              <Text style={styles.headlineValue}>{pdfText(formatHeadlineValue(headline))}</Text>
              <Text style={[styles.headlineChange, { color: TONE_COLORS[change.tone] }]}>{pdfText(change.text)}</Text>
            </View>
          </View>
        );
      })}
    </View>
  );
}

/** A page of the report that flows onto as many sheets as its sections need, with the footer. */
function ReportPage({ meta, children }: { meta: ReportMeta; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page} wrap>
      {children}
      <View style={styles.footer} fixed>
        <Text>{`Triage · Support report · ${pdfText(meta.workspaceName)}`}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </Page>
  );
}

/**
 * The whole dashboard for one range as an A4 report: headlines, then one section per chart. The
 * sections come in three groups, each starting a new page: react-pdf lays out everything after
 * a page break again, so one long flow costs time in the square of its length.
 */
export function ReportDocument({ data, meta }: { data: DashboardData; meta: ReportMeta }) {
  return (
    <Document title={`Support report ${data.scope.from} to ${data.scope.to}`} author={pdfText(meta.workspaceName)} creator="Triage" producer="Triage" language="en">
      <ReportPage meta={meta}>
        <Header data={data} meta={meta} />
        <Headlines data={data} />
        <VolumeSection data={data} />
        <BacklogSection data={data} />
      </ReportPage>
      <ReportPage meta={meta}>
        <SpeedSection data={data} />
        <SlaSection data={data} />
        <QualitySection data={data} />
      </ReportPage>
      <ReportPage meta={meta}>
        <MixSection data={data} />
        <PeopleSection data={data} />
        <ForecastSection data={data} />
        <IncidentsSection data={data} />
      </ReportPage>
    </Document>
  );
}
