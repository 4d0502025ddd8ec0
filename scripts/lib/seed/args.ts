export const DEFAULT_TICKETS = 2_000;
export const MAX_TICKETS = 5_000_000;

export type SeedArgs = {
  tickets: number;
  /** PRNG seed: the same seed gives the same tickets (with new ids and numbers). */
  seed: number;
  /** Allows seeding when NODE_ENV=production. */
  force: boolean;
};

export const USAGE = `Usage: npm run db:seed -- [--tickets N] [--seed N] [--force]

  --tickets N  how many tickets to add (default ${DEFAULT_TICKETS.toLocaleString("en-US")}, at most ${MAX_TICKETS.toLocaleString("en-US")})
  --seed N     random seed, for the same demo data on every run (default: random)
  --force      seed even though NODE_ENV=production`;

function parseInteger(flag: string, raw: string | undefined, max: number): number {
  // Digits only: Number() would also accept "1e6", " 12 " and "0x10".
  const value = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new Error(`${flag} needs a whole number from 1 to ${max.toLocaleString("en-US")}, got ${raw === undefined ? "nothing" : `"${raw}"`}.`);
  }
  return value;
}

/** Parses `--tickets N`, `--tickets=N`, `--seed N` and `--force`; throws a readable error. */
export function parseSeedArgs(argv: readonly string[], randomSeed = () => Date.now() % 2 ** 31): SeedArgs {
  const args: SeedArgs = { tickets: DEFAULT_TICKETS, seed: 0, force: false };
  let seed: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag = "", inlineValue] = argv[i]!.split(/=(.*)/s);
    const value = () => inlineValue ?? argv[++i];
    if (flag === "--tickets") args.tickets = parseInteger(flag, value(), MAX_TICKETS);
    else if (flag === "--seed") seed = parseInteger(flag, value(), 2 ** 31 - 1);
    else if (flag === "--force" && inlineValue === undefined) args.force = true;
    else throw new Error(`Unknown argument "${argv[i]}".`);
  }
  args.seed = seed ?? randomSeed();
  return args;
}
