import { createWriteStream, existsSync } from "node:fs";
import { chmod, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { ARCHIVE, ARCHIVE_FORMAT, BackupError, type Manifest } from "./archive-format";
import { type BackupPoints, baseBackupEntries, queryOne } from "./base-backup";
import type { BackupSecrets } from "./secrets";
import { type TarEntry, writeTar } from "./tar";

export type BackupResult = { file: string; bytes: number } & BackupPoints;

function jsonEntry(name: string, value: unknown, mtime: Date): TarEntry {
  const content = Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  return { type: "file", name, mode: 0o600, mtime, size: content.length, content };
}

async function* archiveEntries(client: pg.Client, secrets: BackupSecrets, points: { value?: BackupPoints }): AsyncGenerator<TarEntry> {
  const now = new Date();
  const { server_version: postgresVersion } = await queryOne<{ server_version: string }>(client, "SHOW server_version");
  const manifest: Manifest = { format: ARCHIVE_FORMAT, createdAt: now.toISOString(), postgresVersion };
  yield jsonEntry(ARCHIVE.manifest, manifest, now);
  points.value = yield* baseBackupEntries(client, ARCHIVE.database);
  yield jsonEntry(ARCHIVE.secrets, secrets, now);
}

/**
 * Writes a gzipped tar of the database behind `url` (a base backup, taken while the server keeps
 * serving) and the secrets its data needs, readable by its owner only. The file appears under its
 * name only once complete; a failure leaves nothing behind.
 */
export async function createBackup(url: string, file: string, secrets: BackupSecrets): Promise<BackupResult> {
  if (existsSync(file)) throw new BackupError(`${file} already exists: choose another file name.`);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const points: { value?: BackupPoints } = {};
  try {
    await pipeline(writeTar(archiveEntries(client, secrets, points)), createGzip(), createWriteStream(partial, { mode: 0o600, flags: "wx" }));
    await chmod(partial, 0o600);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
  if (!points.value) throw new Error("The base backup ended without its stop point.");
  return { file, bytes: (await stat(file)).size, ...points.value };
}
