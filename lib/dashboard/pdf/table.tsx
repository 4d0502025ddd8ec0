import { Text, View } from "@react-pdf/renderer";
import { styles } from "./styles";
import { pdfText } from "./text";

type Column = { header: string; isNumeric?: boolean; flex?: number };

/** A compact table; a row never splits across pages, and numbers align right. */
export function DataTable({ columns, rows }: { columns: Column[]; rows: string[][] }) {
  const cellStyle = (column: Column | undefined) => [
    styles.tableCell,
    { flex: column?.flex ?? 1, textAlign: column?.isNumeric ? ("right" as const) : ("left" as const) },
  ];
  return (
    <View style={styles.table}>
      <View style={styles.tableRow} wrap={false}>
        {columns.map((column, index) => (
          <Text key={index} style={[...cellStyle(column), styles.tableHeader]}>{column.header}</Text>
        ))}
      </View>
      {rows.map((row, rowIndex) => (
        <View key={rowIndex} style={styles.tableRow} wrap={false}>
          {row.map((cell, cellIndex) => (
            <Text key={cellIndex} style={cellStyle(columns[cellIndex])}>{pdfText(cell)}</Text>
          ))}
        </View>
      ))}
    </View>
  );
}
