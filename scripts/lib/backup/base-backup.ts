// A hot base backup of a running PostgreSQL through the low-level API (PostgreSQL 17, "Making a
// Base Backup Using the Low Level API"): the embedded binaries ship no pg_basebackup or pg_dump.
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { BackupError } from "./archive-format";
import type { TarEntry } from "./tar";

const CHUNK = 1 << 20;

// Recreated or emptied at start-up, or meaningless in a copy: the documentation says to omit
// their contents (the directories themselves stay). pg_wal's segments are added after the copy.
const SKIP_CONTENTS = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
const SKIP_FILES = new Set([
  "postmaster.pid",
  "postmaster.opts",
  "backup_label",
  "backup_label.old",
  "tablespace_map",
  "backup_manifest",
  "postgresql.auto.conf.tmp",
  "current_logfiles.tmp",
]);
const isSkippedAnywhere = (name: string) => name.startsWith("pgsql_tmp") || name === "pg_internal.init";

/** A WAL segment's file name: timeline, then position, 24 hex digits. */
const SEGMENT = /^[0-9A-F]{24}$/;

async function* fileContent(handle: Awaited<ReturnType<typeof open>>, size: number): AsyncGenerator<Buffer> {
  try {
    for (let position = 0; position < size; ) {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(Math.min(CHUNK, size - position)), 0, Math.min(CHUNK, size - position), position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * A file as it is now, or nothing if it vanished (a dropped table): WAL replay brings back every
 * change made during the copy, including torn pages, growth and truncation, as for pg_basebackup.
 */
async function fileEntry(file: string, name: string): Promise<TarEntry | null> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (!handle) return null;
  const stats = await handle.stat();
  return { type: "file", name, mode: stats.mode, mtime: stats.mtime, size: stats.size, content: fileContent(handle, stats.size) };
}

async function* copyDirectory(dataDir: string, relative: string, prefix: string): AsyncGenerator<TarEntry> {
  const entries = await readdir(path.join(dataDir, relative), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    const full = path.join(dataDir, child);
    if (isSkippedAnywhere(entry.name) || (relative === "" && SKIP_FILES.has(entry.name))) continue;
    if (relative === "pg_tblspc") throw new BackupError("The database uses tablespaces, which db:backup does not copy.");
    const isWalLink = entry.isSymbolicLink() && child === "pg_wal";
    if (entry.isDirectory() || isWalLink) {
      const stats = await stat(full);
      yield { type: "directory", name: `${prefix}/${child}`, mode: stats.mode, mtime: stats.mtime };
      if (SKIP_CONTENTS.has(child)) {
        if (child === "pg_wal") yield* emptySubdirectories(dataDir, child, prefix);
        continue;
      }
      yield* copyDirectory(dataDir, child, prefix);
    } else if (entry.isFile()) {
      const file = await fileEntry(full, `${prefix}/${child}`);
      if (file) yield file;
    }
  }
}

/** pg_wal/archive_status and pg_wal/summaries, without the status files of this server. */
async function* emptySubdirectories(dataDir: string, relative: string, prefix: string): AsyncGenerator<TarEntry> {
  for (const entry of await readdir(path.join(dataDir, relative), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const stats = await stat(path.join(dataDir, relative, entry.name));
    yield { type: "directory", name: `${prefix}/${relative}/${entry.name}`, mode: stats.mode, mtime: stats.mtime };
  }
}

/** The one row a statement returns. */
export async function queryOne<Row extends object>(client: pg.Client, sql: string, values: unknown[] = []): Promise<Row> {
  const [row] = (await client.query<Row>(sql, values)).rows;
  if (!row) throw new Error(`No row from: ${sql}`);
  return row;
}

export type BackupPoints = { startWalFile: string; stopWalFile: string; stopLsn: string };

/**
 * The entries of a base backup of the server `client` is connected to (a superuser), under
 * `prefix`. A temporary replication slot keeps the server from recycling the WAL the copy needs
 * until it is copied; the backup and the slot end with the session, so an error (or a killed
 * process) leaves nothing behind on the server. The data directory is read directly, so this
 * runs on the server's machine, as the embedded server's owner or root.
 */
export async function* baseBackupEntries(client: pg.Client, prefix: string): AsyncGenerator<TarEntry, BackupPoints> {
  const { data_directory: dataDir } = await queryOne<{ data_directory: string }>(client, "SHOW data_directory");
  await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [`triage_backup_${process.pid}`]);
  await client.query("SELECT pg_backup_start($1, true)", [`triage ${new Date().toISOString()}`]);

  const root = await stat(dataDir);
  yield { type: "directory", name: prefix, mode: root.mode, mtime: root.mtime };
  yield* copyDirectory(dataDir, "", prefix);

  const { lsn, labelfile, spcmapfile, stop_wal_file: stopWalFile } = await queryOne<{ lsn: string; labelfile: string; spcmapfile: string; stop_wal_file: string }>(
    client,
    "SELECT lsn, labelfile, spcmapfile, pg_walfile_name(lsn) AS stop_wal_file FROM pg_backup_stop(false)",
  );
  const startWalFile = /^START WAL LOCATION: .* \(file ([0-9A-F]{24})\)$/m.exec(labelfile)?.[1];
  if (!startWalFile) throw new BackupError("PostgreSQL returned a backup label without its starting WAL file.");
  const now = new Date();
  // Written byte for byte, as the documentation requires: they turn the copy into a backup.
  yield { type: "file", name: `${prefix}/backup_label`, mode: 0o600, mtime: now, size: Buffer.byteLength(labelfile), content: Buffer.from(labelfile) };
  if (spcmapfile) {
    yield { type: "file", name: `${prefix}/tablespace_map`, mode: 0o600, mtime: now, size: Buffer.byteLength(spcmapfile), content: Buffer.from(spcmapfile) };
  }

  // pg_backup_stop switched to a new segment, so every segment up to the stop is complete.
  const timeline = startWalFile.slice(0, 8);
  const walNames = (await readdir(path.join(dataDir, "pg_wal"))).filter(
    (name) => name.endsWith(".history") || (SEGMENT.test(name) && name.startsWith(timeline) && name >= startWalFile && name <= stopWalFile),
  );
  for (const name of walNames.sort()) {
    const file = await fileEntry(path.join(dataDir, "pg_wal", name), `${prefix}/pg_wal/${name}`);
    if (!file) throw new BackupError(`WAL segment ${name} disappeared during the backup.`);
    yield file;
  }
  await client.query("SELECT pg_drop_replication_slot($1)", [`triage_backup_${process.pid}`]);
  return { startWalFile, stopWalFile, stopLsn: lsn };
}
