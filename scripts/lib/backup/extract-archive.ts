import { createReadStream, createWriteStream } from "node:fs";
import { chmod, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { ARCHIVE, ARCHIVE_FORMAT, BackupError, type Manifest } from "./archive-format";
import { type BackupSecrets, parseBackupSecrets } from "./secrets";
import { readTar, type TarEntryRead } from "./tar";

export type ArchiveContents = { manifest: Manifest; secrets: BackupSecrets; postgresMajorVersion: string };

const NOT_A_BACKUP = "This file is not a Triage backup (made by `npm run db:backup`).";
const REQUIRED_DATABASE_FILES = ["PG_VERSION", "global/pg_control", "backup_label"];

/** Where an entry goes under `target`; anything outside the database folder or the secrets is refused. */
function destination(target: string, name: string): string {
  const segments = name.split("/");
  const isInside = name === ARCHIVE.secrets || (segments[0] === ARCHIVE.database && segments.every((part) => part !== "" && part !== "." && part !== ".."));
  if (!isInside) throw new BackupError(`The archive holds an unexpected entry (${name}): it is not a Triage backup.`);
  return path.join(target, ...segments);
}

async function readText(entry: TarEntryRead & { type: "file" }): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry.content) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function parseManifest(entry: TarEntryRead | undefined, json: string): Manifest {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(json);
  } catch {
    throw new BackupError(NOT_A_BACKUP);
  }
  if (entry?.name !== ARCHIVE.manifest || typeof manifest.format !== "number") throw new BackupError(NOT_A_BACKUP);
  if (manifest.format > ARCHIVE_FORMAT) {
    throw new BackupError(`This backup has format ${manifest.format}, newer than this version of Triage reads (${ARCHIVE_FORMAT}): update Triage first.`);
  }
  return manifest as Manifest;
}

async function unpack(source: AsyncIterable<Buffer>, target: string): Promise<ArchiveContents> {
  const entries = readTar(source);
  const first = (await entries.next()).value;
  const manifest = parseManifest(first, first?.type === "file" ? await readText(first) : "");
  let secrets: BackupSecrets | null = null;
  const seen = new Set<string>();
  for await (const entry of entries) {
    const file = destination(target, entry.name);
    seen.add(entry.name);
    if (entry.type === "directory") {
      await mkdir(file, { recursive: true });
      await chmod(file, entry.mode & 0o7777);
    } else if (entry.name === ARCHIVE.secrets) {
      secrets = parseBackupSecrets(await readText(entry));
      if (!secrets) throw new BackupError("The archive's secrets.json is unreadable: the archive is damaged.");
    } else {
      await mkdir(path.dirname(file), { recursive: true });
      await pipeline(entry.content, createWriteStream(file, { mode: entry.mode & 0o7777, flags: "wx" }));
    }
  }
  const missing = REQUIRED_DATABASE_FILES.filter((name) => !seen.has(`${ARCHIVE.database}/${name}`));
  if (missing.length > 0 || !secrets) throw new BackupError(`The archive is incomplete: it lacks ${[...missing, ...(secrets ? [] : [ARCHIVE.secrets])].join(", ")}.`);
  const postgresMajorVersion = (await readFile(path.join(target, ARCHIVE.database, "PG_VERSION"), "utf8")).trim();
  return { manifest, secrets, postgresMajorVersion };
}

/**
 * Unpacks a backup into `target` (the database folder and nothing else is written; the secrets
 * are returned) after checking that every entry stays inside it. A truncated or altered archive
 * fails on gzip's checksum, a tar header's checksum or its missing end.
 */
export async function extractArchive(archive: string, target: string): Promise<ArchiveContents> {
  let contents: ArchiveContents | undefined;
  try {
    await pipeline(createReadStream(archive), createGunzip(), async (source: AsyncIterable<Buffer>) => {
      contents = await unpack(source, target);
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("Z_")) throw new BackupError(`The archive is damaged or not a gzip file (${(error as Error).message}).`);
    throw error;
  }
  if (!contents) throw new BackupError(NOT_A_BACKUP);
  return contents;
}
