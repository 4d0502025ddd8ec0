// `npm start` as an operator runs it, for the process-level specs (process-signals.spec.ts): its
// own ports and its own embedded PostgreSQL under .data/<cluster>, the production build that the
// e2e server already made (scripts/lib/build.ts reuses it while the sources are unchanged).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect } from "@playwright/test";
import { findFreePort } from "@/scripts/lib/free-port";

export type NpmStart = {
  process: ChildProcess;
  port: number;
  databasePort: number;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
};

export async function startNpm(options: { cluster: string; port?: number; databasePort?: number; webConcurrency?: number }): Promise<NpmStart> {
  const port = options.port ?? (await findFreePort());
  const databasePort = options.databasePort ?? (await findFreePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_POSTGRES_PORT: String(databasePort),
    EMBEDDED_POSTGRES_CLUSTER: options.cluster,
    WEB_CONCURRENCY: String(options.webConcurrency ?? 1),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // A local install, whatever the test runner's environment says.
  for (const name of ["DATABASE_URL", "NODE_ENV", "AUTH_URL", "FORCE_HTTPS", "RESEND_API_KEY"]) delete env[name];
  // Its own process group, so that a failed spec can still end everything it started.
  const child = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { process: child, port, databasePort, output: () => output, exited };
}

export async function waitUntilReady(app: NpmStart): Promise<void> {
  await expect.poll(() => /Triage is ready on/.test(app.output()) || app.process.exitCode !== null, { timeout: 120_000 }).toBe(true);
  expect(app.output()).toMatch(/Triage is ready on/);
}

/**
 * The pid of the embedded PostgreSQL of this cluster (its postmaster), from its pid file, while
 * that process is still this cluster's (a stale file's pid may belong to anything by now).
 */
export function postmasterPid(cluster: string): number | null {
  const dataDir = path.resolve(".data", cluster);
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  const commandLine = `/proc/${pid}/cmdline`;
  return pid > 0 && existsSync(commandLine) && readFileSync(commandLine, "utf8").includes(dataDir) ? pid : null;
}

/** Ends whatever a spec left running: the process group, then a database that outlived it. */
export function killLeftovers(app: NpmStart | undefined, cluster: string): void {
  const kill = (pid: number) => {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  if (app?.process.pid && app.process.exitCode === null) kill(-app.process.pid);
  const pid = postmasterPid(cluster);
  if (pid) kill(pid);
}

/**
 * A POST that the server has received but cannot answer yet: it sends its headers with
 * `Expect: 100-continue`, resolves once the server's HTTP layer says "100 Continue" (so the request
 * is in flight, not just a connection waiting in a queue), and `finish()` sends the body, which
 * Auth.js reads whole before it answers. `response` is everything the server sent.
 */
export function slowRequest(port: number): Promise<{ finish(): void; response: Promise<string> }> {
  const body = "email=someone%40example.com&password=not-the-password&csrfToken=none";
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    let answer = "";
    const response = new Promise<string>((done, fail) => {
      socket.once("end", () => done(answer));
      socket.once("error", fail);
    });
    socket.on("data", (chunk) => {
      answer += chunk;
      if (answer.startsWith("HTTP/1.1 100 Continue")) resolve({ finish: () => socket.write(body), response });
    });
    socket.once("error", reject);
    socket.once("connect", () => {
      socket.write(
        `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n` +
          `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
      );
    });
  });
}
