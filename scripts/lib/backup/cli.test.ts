import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// The commands as an operator runs them, each in a process of its own, against an installation
// in a temporary folder whose embedded server plays the part of a running `npm start`.
const dataDir = mkdtempSync(path.join(tmpdir(), "triage-backup-cli-"));
process.env.TRIAGE_DATA_DIR = dataDir;
const { APP_CLUSTER, startCluster } = await import("../embedded-postgres");
const { findFreePort } = await import("../free-port");

const port = await findFreePort();
const env: NodeJS.ProcessEnv = { ...process.env, TRIAGE_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(port) };
delete env.DATABASE_URL;

async function run(script: string, args: string[], extraEnv: Record<string, string> = {}) {
  const tsx = path.resolve("node_modules", ".bin", "tsx");
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, ["--conditions=react-server", `scripts/${script}`, ...args], { env: { ...env, ...extraEnv } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

afterAll(() => {
  delete process.env.TRIAGE_DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run db:backup and db:restore, as commands", () => {
  it("back up a running server without stopping it, and restore only once it is stopped", async () => {
    const server = await startCluster({ name: APP_CLUSTER.name, port });
    const archive = path.join(dataDir, "hot.tar.gz");
    try {
      const backup = await run("db-backup.ts", ["--out", archive]);
      expect(backup.output).toContain(`Wrote ${archive}`);
      expect(backup.output).toMatch(/WARNING: it holds the secrets/);
      expect(backup.code).toBe(0);
      expect(statSync(archive).mode & 0o777).toBe(0o600);
      // Still serving: the command reused the server and left it running.
      const client = new pg.Client({ connectionString: server.urlFor("postgres") });
      await client.connect();
      await client.end();

      const refused = await run("db-restore.ts", [archive]);
      expect(refused).toMatchObject({ code: 1, output: expect.stringMatching(/The embedded PostgreSQL is running/) });
    } finally {
      await server.stop();
    }
    const restored = await run("db-restore.ts", [archive]);
    expect(restored.output).toMatch(/The database it replaced is kept in .*postgres\.before-restore-/);
    expect(restored.code).toBe(0);
  }, 120_000);

  it("refuse an external database and wrong arguments with a usage line", async () => {
    const external = await run("db-backup.ts", [], { DATABASE_URL: "postgresql://triage@db.example.com/triage" });
    expect(external).toMatchObject({ code: 1, output: expect.stringMatching(/pg_dump/) });
    const usage = await run("db-restore.ts", []);
    expect(usage).toMatchObject({ code: 1, output: expect.stringMatching(/Usage: npm run db:restore -- FILE/) });
  }, 60_000);
});
