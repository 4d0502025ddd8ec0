import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { styles } from "./styles";
import { pdfText } from "./text";

/**
 * One part of the report. The title and the first block (the chart) are kept on one page; an
 * empty range gets the sentence instead of chart, table and method notes.
 */
export function Section({ title, empty, chart, notes = [], children }: {
  title: string;
  /** The sentence to show when nothing happened; null when there is data. */
  empty: string | null;
  chart?: ReactNode;
  notes?: string[];
  children?: ReactNode;
}) {
  return (
    <View style={styles.section}>
      <View wrap={false}>
        <Text style={styles.sectionTitle}>{title}</Text>
        {empty === null ? chart : <Text style={styles.empty}>{empty}</Text>}
      </View>
      {empty === null ? (
        <>
          {children}
          {notes.map((note) => (
            <Text key={note} style={styles.note}>{pdfText(note)}</Text>
          ))}
        </>
      ) : null}
    </View>
  );
}
