import { assertServerConfig } from "@/lib/server-config";

// Runs once when a server instance starts: a misconfigured production server stops here with a
// clear message instead of failing on its first request.
export function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") assertServerConfig();
}
