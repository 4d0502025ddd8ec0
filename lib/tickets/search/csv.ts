// Cells a spreadsheet would run as a formula. A leading tab or carriage return is included: some
// spreadsheets strip it and then evaluate what follows.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled, and
 * a text that a spreadsheet would take for a formula prefixed with a single quote (OWASP CSV
 * injection). Dates are ISO 8601 UTC; absent values are empty.
 */
export function csvCell(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV line with CRLF, as RFC 4180 and spreadsheets expect. */
export function csvLine(cells: (string | number | Date | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
