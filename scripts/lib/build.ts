import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const BUILD_INPUTS = [
  "app", "components", "lib", "public", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts",
  "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json",
];
const SKIPPED = new Set(["generated", "node_modules"]);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const FINGERPRINT_FILE = path.join(DIST_DIR, "triage-build-fingerprint");

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((child) => !SKIPPED.has(child.name))
    .flatMap((child) => listFiles(path.join(entry, child.name)));
}

/** Changes when any source the production build depends on changes (by size and mtime). */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap(listFiles).sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}:${size}:${mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function runNext(args: string[], env: NodeJS.ProcessEnv) {
  return spawn(path.resolve("node_modules", ".bin", "next"), args, { stdio: "inherit", env });
}

/** Starts the app's HTTP server (scripts/server.mjs), in development mode with `isDev`. */
export function runServer(isDev: boolean, env: NodeJS.ProcessEnv) {
  const args = [path.resolve("scripts", "server.mjs"), ...(isDev ? ["--dev"] : [])];
  return spawn(process.execPath, args, { stdio: "inherit", env: { ...env, NODE_ENV: isDev ? "development" : "production" } });
}

/** Runs `next build` unless the build folder already holds a build of the current sources. */
export async function ensureProductionBuild(env: NodeJS.ProcessEnv): Promise<void> {
  const fingerprint = sourceFingerprint();
  const isCurrent =
    existsSync(path.join(DIST_DIR, "BUILD_ID")) &&
    existsSync(FINGERPRINT_FILE) &&
    readFileSync(FINGERPRINT_FILE, "utf8") === fingerprint;
  if (isCurrent) return;
  console.log("Building the app (first start, or the sources changed)…");
  await new Promise<void>((resolve, reject) => {
    const build = runNext(["build"], env);
    build.once("error", reject);
    build.once("exit", (code) => (code === 0 ? resolve() : reject(new Error("next build failed"))));
  });
  writeFileSync(FINGERPRINT_FILE, fingerprint);
}
