import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseUrls } from "../database-roles";
import { findFreePort } from "../free-port";

/** Where the bench builds the app: not `.next`, which a developer's `npm start` may be using. */
export const BENCH_DIST_DIR = ".next-bench";

export type BenchServer = { origin: string; stop(): Promise<void> };

async function waitUntilReady(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode} before it was ready.`);
    const ok = await fetch(`${origin}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer ${origin}/api/health within ${timeoutMs / 1000} s.`);
}

/**
 * `npm start`'s own script (scripts/start.ts) in a child process against the bench database, as
 * scripts/e2e-server.ts runs it: it migrates, builds if the sources changed, and serves the
 * production build. Plain http with the socket's address as the client's, like a laptop install.
 */
export async function startBenchServer(database: DatabaseUrls, env: Record<string, string>): Promise<BenchServer> {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  // `next build` with another distDir adds that folder's types to tsconfig.json's include; the
  // checkout's own file is put back once the server is up (or has failed), so git stays clean.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const restoreTsconfig = () => writeFileSync("tsconfig.json", tsconfig);
  const child = spawn(
    path.resolve("node_modules", ".bin", "tsx"),
    ["--conditions=react-server", path.resolve("scripts", "start.ts")],
    {
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: database.url,
        DATABASE_OWNER_URL: database.ownerUrl,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        FORCE_HTTPS: "false",
        TRUSTED_PROXY_COUNT: "0",
        AUTH_URL: origin,
      },
    },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    // A first build takes a minute or more on two cores; later starts reuse it.
    await waitUntilReady(origin, child, 15 * 60_000);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    restoreTsconfig();
  }
  return { origin, stop };
}
