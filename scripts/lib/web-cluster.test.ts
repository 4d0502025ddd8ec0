import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_PROCESSES, webConcurrency } from "./web-cluster.mjs";

const perCore = Math.min(availableParallelism(), DEFAULT_MAX_PROCESSES);

describe("webConcurrency", () => {
  it("runs one process per core, at most four, in production unless WEB_CONCURRENCY says otherwise", () => {
    expect(webConcurrency({}, false)).toBe(perCore);
    expect(webConcurrency({ WEB_CONCURRENCY: "12" }, false)).toBe(12);
    expect(webConcurrency({ WEB_CONCURRENCY: "3" }, false)).toBe(3);
  });

  it("ignores a WEB_CONCURRENCY that is not a positive whole number", () => {
    for (const value of ["0", "-2", "1.5", "many", ""]) {
      expect(webConcurrency({ WEB_CONCURRENCY: value }, false)).toBe(perCore);
    }
  });

  it("keeps development to one process, whose hot reload a cluster would break", () => {
    expect(webConcurrency({ WEB_CONCURRENCY: "4" }, true)).toBe(1);
  });
});
