import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const embeddedPostgres = path.resolve("scripts/lib/embedded-postgres.ts");

async function exitCodeOf(program: string): Promise<number> {
  try {
    await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", program]);
    return 0;
  } catch (error) {
    return (error as { code: number }).code;
  }
}

describe("a process that loads embedded-postgres", () => {
  it("keeps the exit code it set when it ends on its own (a failed test run must fail CI)", async () => {
    expect(await exitCodeOf(`await import(${JSON.stringify(embeddedPostgres)}); process.exitCode = 3;`)).toBe(3);
  });

  it("still exits 0 when nothing failed", async () => {
    expect(await exitCodeOf(`await import(${JSON.stringify(embeddedPostgres)});`)).toBe(0);
  });
});
