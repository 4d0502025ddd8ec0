import { describe, expect, it } from "vitest";
import { formatTable } from "./report";
import type { ScenarioResult } from "./measure";

const summary = (medianMs: number, p95Ms: number) => ({ count: 100, medianMs, p95Ms, meanMs: medianMs, maxMs: p95Ms, throughput: 250 });

describe("formatTable", () => {
  it("puts app and SQL side by side with their ratio, and a dash where a query has no page", () => {
    const results: ScenarioResult[] = [
      { name: "queue", samplePath: "/tickets", app: summary(40, 80), sql: summary(2, 4), ratio: { median: 20, p95: 20 }, explain: { indexes: ["tickets_queue_idx"], keyLines: [], plan: "" } },
      { name: "counts", samplePath: null, app: null, sql: summary(30, 35), ratio: null, explain: { indexes: ["tickets_open_queue_idx"], keyLines: [], plan: "" } },
    ];
    const lines = formatTable(results).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^queue\s+40\.0\s+80\.0\s+250\s+2\.0\s+4\.0\s+20x\s+20x\s+tickets_queue_idx$/);
    expect(lines[3]).toMatch(/^counts\s+-\s+-\s+-\s+30\.0\s+35\.0\s+-\s+-\s+tickets_open_queue_idx$/);
  });
});
