/**
 * The configuration the server cannot run without. `npm start` / `npm run dev` fill these in
 * for a local install (secrets generated under .data/); in production they come from the
 * environment and the server refuses to start without them.
 */
const REQUIRED_VARIABLES = [
  { name: "DATABASE_URL", help: "the PostgreSQL connection string" },
  { name: "AUTH_SECRET", help: "at least 32 random bytes, e.g. `openssl rand -base64 32`" },
  { name: "PASSWORD_PEPPER", help: "at least 32 random bytes; never change it, or every password stops working" },
  {
    name: "TWO_FACTOR_ENCRYPTION_KEY",
    help: "at least 32 random bytes; encrypts two-factor secrets at rest (changing it disables everyone's two-factor)",
  },
] as const;

export function findMissingServerConfig(env: Record<string, string | undefined> = process.env): string[] {
  const missing = REQUIRED_VARIABLES.filter(({ name }) => !env[name]).map(
    ({ name, help }) => `${name} (${help})`,
  );
  for (const name of ["AUTH_SECRET", "PASSWORD_PEPPER", "TWO_FACTOR_ENCRYPTION_KEY"]) {
    const value = env[name];
    if (value && value.length < 32) missing.push(`${name} is too short: use at least 32 characters`);
  }
  return missing;
}

export function describeMissingServerConfig(missing: string[]): string {
  return (
    `Triage cannot start. Set these environment variables:\n  - ${missing.join("\n  - ")}\n` +
    "For a local install, run `npm start`, which generates development secrets in .data/."
  );
}

export function assertServerConfig(env: Record<string, string | undefined> = process.env): void {
  const missing = findMissingServerConfig(env);
  if (missing.length > 0) throw new Error(describeMissingServerConfig(missing));
}

/**
 * Whether this instance runs the background jobs (email delivery, SLA recalculation, dashboard
 * rollups). `BACKGROUND_JOBS=off` makes it serve requests only, for a web tier scaled out beside
 * at least one instance that runs them; the jobs are safe on any number of instances.
 */
export function runsBackgroundJobs(env: Record<string, string | undefined> = process.env): boolean {
  return !["off", "false", "0"].includes((env.BACKGROUND_JOBS ?? "").trim().toLowerCase());
}
