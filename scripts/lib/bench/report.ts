import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ScenarioResult } from "./measure";
import type { StormResult } from "./storm";

export type BenchReport = {
  startedAt: string;
  settings: { tickets: number; concurrency: number; requests: number; database: string };
  seedSeconds: number | null;
  searchTerms: Record<string, { word: string; matchingTickets: number }>;
  scenarios: ScenarioResult[];
  /** The write storm's answers and what was stored; null when --only left it out. */
  writeStorm: StormResult | null;
  /** The tickets POST /tickets filed: their numbers must be consecutive and unique. */
  apiTicketNumbers: { count: number; distinct: number; min: number; max: number; isGapless: boolean };
};

const pad = (text: string, width: number) => (text.length >= width ? text : text + " ".repeat(width - text.length));
const padLeft = (text: string, width: number) => (text.length >= width ? text : " ".repeat(width - text.length) + text);
const ms = (value: number | undefined) => (value === undefined ? "-" : value.toFixed(1));

/** The results as a plain-text table: one row per scenario, app and SQL side by side. */
export function formatTable(results: readonly ScenarioResult[]): string {
  const header = ["scenario", "app med", "app p95", "app req/s", "sql med", "sql p95", "app/sql med", "app/sql p95", "indexes"];
  const rows = results.map((result) => [
    result.name,
    ms(result.app?.medianMs),
    ms(result.app?.p95Ms),
    result.app ? result.app.throughput.toFixed(0) : "-",
    ms(result.sql?.medianMs),
    ms(result.sql?.p95Ms),
    result.ratio ? `${result.ratio.median}x` : "-",
    result.ratio ? `${result.ratio.p95}x` : "-",
    result.explain?.indexes.join(", ") ?? "-",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 || column === cells.length - 1 ? pad(cell, widths[column]!) : padLeft(cell, widths[column]!))).join("  ").trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
