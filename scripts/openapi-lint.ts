// `npm run lint:openapi`: lints the generated /api/v1 OpenAPI document with Redocly's
// recommended rules (redocly.yaml); exits non-zero on any error. Runs offline.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";

const root = path.resolve(import.meta.dirname, "..");
const directory = mkdtempSync(path.join(tmpdir(), "triage-openapi-"));
const file = path.join(directory, "openapi.json");
// A real-looking host: the recommended rules flag example.com and localhost servers.
writeFileSync(file, JSON.stringify(buildOpenApiDocument({ serverUrl: "https://triage.invalid" }), null, 2));

const result = spawnSync(
  path.join(root, "node_modules", ".bin", "redocly"),
  ["lint", file, "--config", path.join(root, "redocly.yaml"), "--max-problems", "1000"],
  // No telemetry or update check: both would reach the network, and CI may have none.
  { stdio: "inherit", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
);
rmSync(directory, { recursive: true, force: true });
process.exit(result.status ?? 1);
