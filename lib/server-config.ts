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

const AUTH_URL_HELP = "the public origin, e.g. https://help.example.com: links in emails point there";

/**
 * What is missing or wrong. A production deployment (the operator's NODE_ENV=production, as
 * `npm start` sees it) must also name its public origin: without it, email links would follow
 * whatever Host header a request carried. The server process itself always runs with
 * NODE_ENV=production, even for a local install, so it passes `isProductionDeployment: false`.
 */
export function findMissingServerConfig(
  env: Record<string, string | undefined> = process.env,
  { isProductionDeployment = env.NODE_ENV === "production" }: { isProductionDeployment?: boolean } = {},
): string[] {
  const missing = REQUIRED_VARIABLES.filter(({ name }) => !env[name]).map(
    ({ name, help }) => `${name} (${help})`,
  );
  for (const name of ["AUTH_SECRET", "PASSWORD_PEPPER", "TWO_FACTOR_ENCRYPTION_KEY"]) {
    const value = env[name];
    if (value && value.length < 32) missing.push(`${name} is too short: use at least 32 characters`);
  }
  if (env.AUTH_URL) {
    if (!isHttpOrigin(env.AUTH_URL)) missing.push(`AUTH_URL must be an http:// or https:// origin (${AUTH_URL_HELP}), not "${env.AUTH_URL}"`);
  } else if (isProductionDeployment) {
    missing.push(`AUTH_URL (${AUTH_URL_HELP})`);
  }
  return missing;
}

function isHttpOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.host !== "";
  } catch {
    return false;
  }
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
