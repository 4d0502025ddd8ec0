import { getLocalSecret, type LocalSecretName } from "./local-secrets";

export const SERVER_SECRETS: LocalSecretName[] = ["AUTH_SECRET", "PASSWORD_PEPPER", "TWO_FACTOR_ENCRYPTION_KEY"];

/** Set by the operator, not by us: only a deployment that says so must bring its own secrets. */
export const isProductionDeployment = process.env.NODE_ENV === "production";

/**
 * Fills in the server's secrets from .data/ for a local install (generated on first use). A
 * production deployment gets nothing here and must set them in the environment.
 */
export function loadLocalSecrets(): void {
  if (isProductionDeployment) return;
  for (const name of SERVER_SECRETS) process.env[name] ??= getLocalSecret(name);
}
