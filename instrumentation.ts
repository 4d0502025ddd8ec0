import { findMissingServerConfig, describeMissingServerConfig } from "@/lib/server-config";

// Runs once when a server instance starts: a misconfigured server exits here with a clear
// message instead of answering every request with an error.
export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const missing = findMissingServerConfig();
  if (missing.length === 0) return;
  console.error(describeMissingServerConfig(missing));
  process.exit(1);
}
