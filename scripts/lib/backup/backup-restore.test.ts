import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { APP_CLUSTER, ensureDatabaseExists, type RunningCluster, startCluster } from "../embedded-postgres";
import { findFreePort } from "../free-port";
import { loadLocalSecrets, SERVER_SECRETS } from "../local-env";
import { SECRETS_FILE } from "../local-secrets";
import { applyMigrations } from "../migrations";
import { BackupError } from "./archive-format";
import { createBackup } from "./create-backup";
import { restoreBackup } from "./restore-backup";
import { collectBackupSecrets } from "./secrets";

// An installation of the test's own: .data/ in a temporary folder, read by local-secrets.ts
// when it is first imported, hence set before any import.
const dataDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const folder = mkdtempSync(join(tmpdir(), "triage-backup-test-"));
  process.env.TRIAGE_DATA_DIR = folder;
  return folder;
});

const context = { ip: "203.0.113.7", userAgent: "vitest" };
const NEW_PASSWORD = "a password chosen after the backup";
let port: number;
let cluster: RunningCluster | undefined;
let disconnect: (() => Promise<void>) | undefined;

/** Starts the installation's embedded server as `npm start` would, with the secrets it finds. */
async function startInstallation() {
  for (const name of SERVER_SECRETS) vi.stubEnv(name, undefined);
  loadLocalSecrets();
  cluster = await startCluster({ name: APP_CLUSTER.name, port });
  const url = cluster.urlFor("triage");
  vi.stubEnv("DATABASE_URL", url);
  vi.stubEnv("TEST_SUPERUSER_URL", url);
  // A fresh module graph: a new database client, and keys derived from the secrets just loaded.
  vi.resetModules();
  delete (globalThis as { prisma?: unknown }).prisma;
  const { db } = await import("@/lib/db");
  disconnect = () => db.$disconnect();
  return {
    url,
    db,
    ...(await import("@/lib/test/factories")),
    ...(await import("@/lib/sign-in/credentials")),
    ...(await import("@/lib/sign-in/second-step")),
    ...(await import("@/lib/two-factor/test-factories")),
    ...(await import("@/lib/two-factor/totp")),
    ...(await import("@/lib/auth/password")),
  };
}

async function stopInstallation() {
  await disconnect?.();
  await cluster?.stop();
  disconnect = undefined;
  cluster = undefined;
}

beforeAll(async () => {
  port = await findFreePort();
  const setup = await startCluster({ name: APP_CLUSTER.name, port });
  await ensureDatabaseExists(setup.urlFor("triage"));
  await applyMigrations(setup.urlFor("triage"));
  await setup.stop();
});

afterEach(stopInstallation);

afterAll(async () => {
  vi.unstubAllEnvs();
  delete process.env.TRIAGE_DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run db:backup and db:restore", () => {
  it("bring back the data, passwords and two-factor as they were at the backup, taken while others write", async () => {
    let app = await startInstallation();
    const { user, actor } = await app.createUser({ role: "ADMIN" });
    const { secret } = await app.enableTwoFactorFor(user.id);
    const before = await app.createTicket({ workspaceId: actor.workspaceId, requesterId: user.id, title: "Filed before the backup" });

    let isWriting = true;
    const writer = (async () => {
      for (let n = 0; isWriting; n += 1) {
        await app.createTicket({ workspaceId: actor.workspaceId, requesterId: user.id, title: `Filed during the backup ${n}` });
      }
    })();
    const archive = path.join(dataDir, "backups", "nightly.tar.gz");
    const backup = await createBackup(app.url, archive, collectBackupSecrets().secrets).finally(() => (isWriting = false));
    await writer;
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    expect(backup.bytes).toBeGreaterThan(0);

    const after = await app.createTicket({ workspaceId: actor.workspaceId, requesterId: user.id, title: "Filed after the backup" });
    await app.db.user.update({
      where: { id: user.id },
      data: { passwordHash: await app.hashPassword(NEW_PASSWORD), twoFactorSecret: null, twoFactorEnabledAt: null },
    });
    await expect(restoreBackup(archive)).rejects.toThrow(/is running/);
    await stopInstallation();
    // As on a new machine: other secrets than the ones the data was made with.
    writeFileSync(SECRETS_FILE, JSON.stringify({ PASSWORD_PEPPER: "another pepper of at least 32 characters long", TWO_FACTOR_ENCRYPTION_KEY: "another two-factor key of 32 characters or more" }));

    const restored = await restoreBackup(archive);
    expect(restored.previousDatabase).toMatch(/postgres\.before-restore-/);
    expect(restored.previousSecrets).toMatch(/secrets\.json\.before-restore-/);
    expect(statSync(SECRETS_FILE).mode & 0o777).toBe(0o600);

    app = await startInstallation();
    const titles = (await app.db.ticket.findMany({ where: { workspaceId: actor.workspaceId }, select: { title: true } })).map((ticket) => ticket.title);
    expect(titles).toContain(before.title);
    expect(titles).not.toContain(after.title);
    // One consistent moment: the counter has handed out at least every number a ticket holds.
    const workspace = await app.db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { ticketNumber: true } });
    const numbers = await app.db.ticket.aggregate({ where: { workspaceId: actor.workspaceId }, _max: { number: true } });
    expect(workspace.ticketNumber).toBeGreaterThanOrEqual(numbers._max.number ?? 0);

    expect(await app.verifyCredentials({ email: user.email, password: NEW_PASSWORD }, context)).toEqual({ ok: false, reason: "invalid_credentials" });
    const first = await app.verifyCredentials({ email: user.email, password: app.TEST_PASSWORD }, context);
    expect(first).toMatchObject({ ok: false, reason: "two_factor_required" });
    const pending = first.ok === false && first.reason === "two_factor_required" ? first.pending : null;
    const second = await app.verifySecondSignInStep(pending, { code: app.generateTotpCode(secret) }, context);
    expect(second).toMatchObject({ ok: true, user: { id: user.id } });
  }, 180_000);

  it("refuses a missing, damaged or foreign archive and leaves the installation as it was", async () => {
    const app = await startInstallation();
    const archive = path.join(dataDir, "backups", "to-damage.tar.gz");
    await createBackup(app.url, archive, collectBackupSecrets().secrets).finally(() => stopInstallation());
    const good = readFileSync(archive);
    const truncated = path.join(dataDir, "truncated.tar.gz");
    writeFileSync(truncated, good.subarray(0, Math.floor(good.length / 2)));
    const foreign = path.join(dataDir, "foreign.tar.gz");
    writeFileSync(foreign, "just some text");
    const folderBefore = readdirSync(dataDir).sort();

    await expect(restoreBackup(path.join(dataDir, "missing.tar.gz"))).rejects.toThrow(/No backup file at/);
    await expect(restoreBackup(truncated)).rejects.toThrow(BackupError);
    await expect(restoreBackup(foreign)).rejects.toThrow(/damaged or not a gzip file/);
    expect(readdirSync(dataDir).sort()).toEqual(folderBefore);
    expect(existsSync(path.join(dataDir, "postgres", "PG_VERSION"))).toBe(true);
  }, 60_000);
});
