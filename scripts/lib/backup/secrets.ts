import { z } from "zod";
import { SERVER_SECRETS } from "../local-env";
import { type LocalSecretName, type LocalSecrets, readLocalSecrets } from "../local-secrets";

/**
 * The secrets a backup carries: without PASSWORD_PEPPER no password verifies, without
 * TWO_FACTOR_ENCRYPTION_KEY no authenticator does, without the embedded PostgreSQL's password
 * the restored server cannot be reached; AUTH_SECRET keeps sessions and pending sign-ins valid.
 */
const backupSecretsSchema = z.strictObject({
  AUTH_SECRET: z.string().min(1).optional(),
  PASSWORD_PEPPER: z.string().min(1).optional(),
  TWO_FACTOR_ENCRYPTION_KEY: z.string().min(1).optional(),
  EMBEDDED_POSTGRES_PASSWORD: z.string().min(1).optional(),
});
export type BackupSecrets = z.infer<typeof backupSecretsSchema>;

const BACKED_UP_SECRETS: LocalSecretName[] = [...SERVER_SECRETS, "EMBEDDED_POSTGRES_PASSWORD"];

type Env = Record<string, string | undefined>;

/**
 * The secrets the server runs with: its environment's, as `npm start` sets it up
 * (loadLocalSecrets), else .data/secrets.json. The database password lives only in the file.
 */
export function collectBackupSecrets(
  env: Env = process.env,
  file: LocalSecrets = readLocalSecrets(),
): { secrets: BackupSecrets; missing: LocalSecretName[] } {
  const secrets: BackupSecrets = {};
  for (const name of BACKED_UP_SECRETS) {
    const value = (name === "EMBEDDED_POSTGRES_PASSWORD" ? undefined : env[name]) ?? file[name];
    if (value) secrets[name] = value;
  }
  return { secrets, missing: BACKED_UP_SECRETS.filter((name) => !secrets[name]) };
}

export function parseBackupSecrets(json: string): BackupSecrets | null {
  try {
    const parsed = backupSecretsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Secrets set in the environment to another value than the backup's: those would win at start. */
export function secretsOverriddenByEnvironment(secrets: BackupSecrets, env: Env = process.env): LocalSecretName[] {
  return SERVER_SECRETS.filter((name) => env[name] && secrets[name] && env[name] !== secrets[name]);
}
