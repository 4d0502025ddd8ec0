import { StyleSheet } from "@react-pdf/renderer";

/** A4 in points less the page's side padding: the width every chart is drawn at. */
export const CONTENT_WIDTH = 595.28 - 2 * 40;

export const COLORS = {
  text: "#111827",
  muted: "#6b7280",
  grid: "#e5e7eb",
  axis: "#9ca3af",
  blue: "#2563eb",
  lightBlue: "#93c5fd",
  green: "#16a34a",
  lightGreen: "#86efac",
  red: "#dc2626",
  amber: "#d97706",
  violet: "#7c3aed",
  good: "#15803d",
  bad: "#b91c1c",
};

export const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 56, paddingHorizontal: 40, fontFamily: "Helvetica", fontSize: 9, color: COLORS.text },
  title: { fontSize: 20, fontFamily: "Helvetica-Bold" },
  workspace: { fontSize: 12, marginTop: 2 },
  meta: { fontSize: 9, color: COLORS.muted, marginTop: 2 },
  notice: { fontSize: 9, color: COLORS.amber, marginTop: 6 },
  headlines: { flexDirection: "row", flexWrap: "wrap", marginTop: 14, marginHorizontal: -4 },
  headline: { width: "33.33%", padding: 4 },
  headlineBox: { borderWidth: 1, borderColor: COLORS.grid, borderRadius: 3, padding: 8 },
  headlineLabel: { fontSize: 8, color: COLORS.muted },
  headlineValue: { fontSize: 15, fontFamily: "Helvetica-Bold", marginTop: 3 },
  headlineChange: { fontSize: 8, marginTop: 3 },
  section: { marginTop: 18 },
  sectionTitle: { fontSize: 13, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  note: { fontSize: 8, color: COLORS.muted, marginTop: 4 },
  empty: { fontSize: 9, color: COLORS.muted, marginVertical: 6 },
  legend: { flexDirection: "row", flexWrap: "wrap", marginTop: 2, marginBottom: 6 },
  legendItem: { flexDirection: "row", alignItems: "center", marginRight: 12 },
  legendSwatch: { width: 8, height: 8, marginRight: 4 },
  legendLabel: { fontSize: 8, color: COLORS.muted },
  table: { marginTop: 4 },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.grid, paddingVertical: 2 },
  tableHeader: { fontFamily: "Helvetica-Bold", color: COLORS.muted, fontSize: 8 },
  tableCell: { flex: 1, paddingHorizontal: 3, fontSize: 8 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 40,
    right: 40,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: COLORS.muted,
  },
});
