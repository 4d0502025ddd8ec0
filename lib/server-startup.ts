import { describeMissingServerConfig, findMissingServerConfig } from "@/lib/server-config";

/** A misconfigured server exits with a clear message instead of answering every request with 500. */
export function exitUnlessConfigured(): void {
  const missing = findMissingServerConfig();
  if (missing.length === 0) return;
  console.error(describeMissingServerConfig(missing));
  process.exit(1);
}
