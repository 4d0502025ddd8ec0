import path from "node:path";

export type BenchArgs = {
  tickets: number;
  concurrency: number;
  /** Measured requests (and SQL runs) per scenario, after the warm-up. */
  requests: number;
  database: string;
  /** Skip seeding when the database already holds at least `tickets` tickets. */
  reuse: boolean;
  out: string;
  /** Only the scenarios whose name contains this text (case-insensitive); all when null. */
  only: string | null;
};

export const USAGE = `Usage: npm run bench -- [--tickets N] [--concurrency C] [--requests R] [--database NAME] [--reuse] [--only TEXT] [--out PATH]

  --tickets N      tickets in the bench database (default 100,000)
  --concurrency C  requests in flight at once, and SQL pool size (default 10)
  --requests R     measured requests per scenario (default 200)
  --database NAME  database on the embedded app cluster (default triage_bench)
  --reuse          keep the database when it already holds at least N tickets
  --only TEXT      only the scenarios whose name contains TEXT, e.g. "API", "dashboard" or "storm"
                   (the write storm: 200 API clients filing tickets for 60 s, every status counted)
  --out PATH       where the JSON report goes (default .data/bench/bench-<timestamp>.json)`;

const LIMITS = { "--tickets": 5_000_000, "--concurrency": 500, "--requests": 1_000_000 } as const;

function parseCount(flag: keyof typeof LIMITS, raw: string | undefined): number {
  // Digits only: Number() would also accept "1e6", " 12 " and "0x10".
  const value = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  const max = LIMITS[flag];
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new Error(`${flag} needs a whole number from 1 to ${max.toLocaleString("en-US")}, got ${raw === undefined ? "nothing" : `"${raw}"`}.`);
  }
  return value;
}

/** A database name used unquoted in CREATE DATABASE: lower case letters, digits, underscores. */
function parseDatabase(raw: string | undefined): string {
  if (raw === undefined || !/^[a-z_][a-z0-9_]{0,62}$/.test(raw)) {
    throw new Error(`--database needs a lower-case name of letters, digits and underscores, got ${raw === undefined ? "nothing" : `"${raw}"`}.`);
  }
  return raw;
}

const defaultOut = (now: Date) =>
  path.join(".data", "bench", `bench-${now.toISOString().replace(/[:.]/g, "-")}.json`);

/** Parses the flags (`--flag value` or `--flag=value`); throws a readable error. */
export function parseBenchArgs(argv: readonly string[], now = new Date()): BenchArgs {
  const args: BenchArgs = { tickets: 100_000, concurrency: 10, requests: 200, database: "triage_bench", reuse: false, out: defaultOut(now), only: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag = "", inlineValue] = argv[i]!.split(/=(.*)/s);
    const value = () => inlineValue ?? argv[++i];
    if (flag === "--tickets") args.tickets = parseCount(flag, value());
    else if (flag === "--concurrency") args.concurrency = parseCount(flag, value());
    else if (flag === "--requests") args.requests = parseCount(flag, value());
    else if (flag === "--database") args.database = parseDatabase(value());
    else if (flag === "--out" && (inlineValue ?? argv[i + 1])) args.out = value()!;
    else if (flag === "--reuse" && inlineValue === undefined) args.reuse = true;
    else if (flag === "--only" && (inlineValue ?? argv[i + 1])) args.only = value()!.toLowerCase();
    else throw new Error(`Unknown argument "${argv[i]}".`);
  }
  return args;
}
