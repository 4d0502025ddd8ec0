import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BackupError } from "./archive-format";
import { readTar, type TarEntry, writeTar } from "./tar";

const mtime = new Date("2026-01-02T03:04:05Z");
const longName = `postgres/${"deep/".repeat(30)}file`;

async function* entries(): AsyncGenerator<TarEntry> {
  yield { type: "directory", name: "postgres", mode: 0o700, mtime };
  yield { type: "file", name: "postgres/PG_VERSION", mode: 0o600, mtime, size: 3, content: Buffer.from("17\n") };
  yield { type: "file", name: longName, mode: 0o640, mtime, size: 600, content: Buffer.alloc(600, 7) };
  yield { type: "file", name: "postgres/empty", mode: 0o600, mtime, size: 0, content: Buffer.alloc(0) };
}

async function archiveBytes(source: AsyncIterable<TarEntry>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of writeTar(source)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function readBack(bytes: Buffer) {
  const read: { name: string; type: string; mode: number; content?: string }[] = [];
  for await (const entry of readTar((async function* () {
    yield bytes;
  })())) {
    if (entry.type === "directory") read.push({ name: entry.name, type: entry.type, mode: entry.mode });
    else {
      const chunks: Buffer[] = [];
      for await (const chunk of entry.content) chunks.push(chunk);
      read.push({ name: entry.name, type: entry.type, mode: entry.mode, content: Buffer.concat(chunks).toString("latin1") });
    }
  }
  return read;
}

const folder = mkdtempSync(path.join(tmpdir(), "triage-tar-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the backup archive's tar format", () => {
  it("reads back what it wrote: directories, modes, long names and empty files", async () => {
    const read = await readBack(await archiveBytes(entries()));
    expect(read).toEqual([
      { name: "postgres", type: "directory", mode: 0o700 },
      { name: "postgres/PG_VERSION", type: "file", mode: 0o600, content: "17\n" },
      { name: longName, type: "file", mode: 0o640, content: "\x07".repeat(600) },
      { name: "postgres/empty", type: "file", mode: 0o600, content: "" },
    ]);
  });

  it("writes an archive the system tar lists, long names included", async () => {
    const file = path.join(folder, "listed.tar");
    writeFileSync(file, await archiveBytes(entries()));
    const listed = execFileSync("tar", ["-tf", file], { encoding: "utf8" }).trim().split("\n");
    expect(listed).toEqual(["postgres/", "postgres/PG_VERSION", longName, "postgres/empty"]);
  });

  it("pads a file that shrank while it was read to the size its header announced", async () => {
    async function* shrunk(): AsyncGenerator<TarEntry> {
      yield { type: "file", name: "postgres/base/1/1259", mode: 0o600, mtime, size: 8192, content: Buffer.alloc(100, 1) };
    }
    const [entry] = await readBack(await archiveBytes(shrunk()));
    expect(entry?.content).toBe("\x01".repeat(100) + "\0".repeat(8092));
  });

  it("refuses an archive with an altered header or a missing end", async () => {
    const bytes = await archiveBytes(entries());
    const altered = Buffer.from(bytes);
    altered.writeUInt8(altered.readUInt8(5) ^ 0xff, 5);
    await expect(readBack(altered)).rejects.toThrow(BackupError);
    await expect(readBack(bytes.subarray(0, bytes.length - 1024))).rejects.toThrow(/ends early/);
  });
});
