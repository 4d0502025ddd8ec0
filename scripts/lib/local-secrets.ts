import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Git-ignored folder for everything a local install generates: secrets, databases.
 * TRIAGE_DATA_DIR moves it, e.g. for a test that needs an installation of its own.
 */
export const DATA_DIR = path.resolve(process.cwd(), process.env.TRIAGE_DATA_DIR ?? ".data");
export const SECRETS_FILE = path.join(DATA_DIR, "secrets.json");

export type LocalSecretName =
  | "AUTH_SECRET"
  | "PASSWORD_PEPPER"
  | "TWO_FACTOR_ENCRYPTION_KEY"
  | "EMBEDDED_POSTGRES_PASSWORD";

/**
 * Creates .data/ traversable but not listable by others: the embedded PostgreSQL runs as the
 * system user "postgres" when we are root and must reach its data directory inside.
 */
export function ensureDataDir(): void {
  mkdirSync(DATA_DIR, { recursive: true });
  chmodSync(DATA_DIR, 0o711);
}

export type LocalSecrets = Partial<Record<LocalSecretName, string>>;

/** The secrets generated so far, without generating any. */
export function readLocalSecrets(): LocalSecrets {
  if (!existsSync(SECRETS_FILE)) return {};
  return JSON.parse(readFileSync(SECRETS_FILE, "utf8"));
}

/**
 * Returns a development secret, generating it on first use. The file is readable by its owner
 * only; production never calls this and takes its secrets from the environment.
 */
export function getLocalSecret(name: LocalSecretName): string {
  const secrets = readLocalSecrets();
  const existing = secrets[name];
  if (existing) return existing;
  const value = randomBytes(32).toString("base64url");
  ensureDataDir();
  writeFileSync(SECRETS_FILE, JSON.stringify({ ...secrets, [name]: value }, null, 2), {
    mode: 0o600,
  });
  return value;
}
