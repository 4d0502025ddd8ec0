// A minimal POSIX ustar writer and reader: regular files and directories, nothing else. Enough
// for a backup archive, and readable by any `tar`; no dependency and no system tool needed.
import { BackupError } from "./archive-format";

const BLOCK = 512;
const CHUNK = 1 << 20;
// The size field holds 11 octal digits; PostgreSQL's files stop at 1 GiB.
const MAX_SIZE = 8 ** 11 - 1;

export type TarEntry =
  | { type: "directory"; name: string; mode: number; mtime: Date }
  | { type: "file"; name: string; mode: number; mtime: Date; size: number; content: AsyncIterable<Buffer> | Buffer };

type TarHeader = { type: "directory"; name: string; mode: number } | { type: "file"; name: string; mode: number; size: number };
export type TarEntryRead = Extract<TarHeader, { type: "directory" }> | (Extract<TarHeader, { type: "file" }> & { content: AsyncIterable<Buffer> });

function writeField(block: Buffer, offset: number, width: number, value: string): void {
  const bytes = Buffer.from(value, "utf8");
  if (bytes.length > width) throw new Error(`Tar field too long: ${value}`);
  bytes.copy(block, offset);
}

const octal = (value: number, width: number) => `${value.toString(8).padStart(width - 1, "0")}\0`;

/** ustar keeps names over 100 bytes as a prefix (up to 155) and a name, split at a slash. */
function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: "", base: name };
  for (let index = name.indexOf("/"); index > 0; index = name.indexOf("/", index + 1)) {
    const prefix = name.slice(0, index);
    const base = name.slice(index + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return { prefix, base };
  }
  throw new Error(`Path too long for a tar archive: ${name}`);
}

function checksum(block: Buffer): number {
  let sum = 0;
  for (let index = 0; index < BLOCK; index += 1) sum += index >= 148 && index < 156 ? 0x20 : block.readUInt8(index);
  return sum;
}

function header(entry: TarEntry): Buffer {
  const size = entry.type === "file" ? entry.size : 0;
  if (size > MAX_SIZE) throw new Error(`File too large for a tar archive: ${entry.name}`);
  const { prefix, base } = splitName(entry.type === "directory" ? `${entry.name}/` : entry.name);
  const block = Buffer.alloc(BLOCK);
  writeField(block, 0, 100, base);
  writeField(block, 100, 8, octal(entry.mode & 0o7777, 8));
  writeField(block, 108, 8, octal(0, 8));
  writeField(block, 116, 8, octal(0, 8));
  writeField(block, 124, 12, octal(size, 12));
  writeField(block, 136, 12, octal(Math.floor(entry.mtime.getTime() / 1000), 12));
  writeField(block, 156, 1, entry.type === "directory" ? "5" : "0");
  writeField(block, 257, 6, "ustar\0");
  writeField(block, 263, 2, "00");
  writeField(block, 345, 155, prefix);
  writeField(block, 148, 8, `${checksum(block).toString(8).padStart(6, "0")}\0 `);
  return block;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/**
 * The archive's bytes. A file yields exactly the size its header announced: content that comes
 * up short (a file that shrank while it was read) is padded with zeros, extra bytes are cut.
 */
export async function* writeTar(entries: AsyncIterable<TarEntry>): AsyncGenerator<Buffer> {
  for await (const entry of entries) {
    yield header(entry);
    if (entry.type === "directory") continue;
    let written = 0;
    const chunks = Buffer.isBuffer(entry.content) ? [entry.content] : entry.content;
    for await (const chunk of chunks) {
      const part = chunk.subarray(0, entry.size - written);
      written += part.length;
      if (part.length > 0) yield part;
    }
    if (written < entry.size) yield Buffer.alloc(entry.size - written);
    yield padding(entry.size);
  }
  yield Buffer.alloc(2 * BLOCK);
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  async read(count: number): Promise<Buffer> {
    while (this.pendingBytes < count) {
      const next = await this.iterator.next();
      if (next.done) throw new BackupError("The archive ends early: it is incomplete or damaged.");
      this.pending.push(next.value);
      this.pendingBytes += next.value.length;
    }
    const [only] = this.pending;
    const all = this.pending.length === 1 && only ? only : Buffer.concat(this.pending);
    this.pending = [all.subarray(count)];
    this.pendingBytes = all.length - count;
    return all.subarray(0, count);
  }
}

const text = (block: Buffer, offset: number, width: number) =>
  block.toString("utf8", offset, offset + width).replace(/\0.*$/s, "");

function parseHeader(block: Buffer): TarHeader {
  const stored = Number.parseInt(text(block, 148, 8).trim(), 8);
  if (text(block, 257, 6) !== "ustar" || stored !== checksum(block)) {
    throw new BackupError("The archive is damaged or is not a Triage backup (bad tar header).");
  }
  const prefix = text(block, 345, 155);
  const name = (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100)).replace(/\/$/, "");
  const mode = Number.parseInt(text(block, 100, 8).trim(), 8);
  const type = text(block, 156, 1);
  if (type === "5") return { type: "directory", name, mode };
  if (type === "0" || type === "") return { type: "file", name, mode, size: Number.parseInt(text(block, 124, 12).trim(), 8) };
  throw new BackupError(`The archive holds an entry of a kind a Triage backup never has: ${name}`);
}

/**
 * The entries of an archive, in order. A file's content must be read (or is skipped) before the
 * next entry; the archive must end with its end-of-archive blocks, or it counts as incomplete.
 */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntryRead> {
  const reader = new ByteReader(source);
  for (;;) {
    const block = await reader.read(BLOCK);
    if (block.every((byte) => byte === 0)) {
      await reader.read(BLOCK);
      return;
    }
    const entry = parseHeader(block);
    if (entry.type === "directory") {
      yield entry;
      continue;
    }
    let remaining = entry.size;
    const readChunk = async () => {
      const chunk = await reader.read(Math.min(remaining, CHUNK));
      remaining -= chunk.length;
      return chunk;
    };
    yield {
      ...entry,
      content: (async function* () {
        while (remaining > 0) yield await readChunk();
      })(),
    };
    while (remaining > 0) await readChunk();
    await reader.read(padding(entry.size).length);
  }
}
