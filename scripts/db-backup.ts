// `npm run db:backup [-- --out FILE]`: a hot backup of the embedded PostgreSQL and the secrets
// its data needs, in one .tar.gz, while `npm start` keeps serving. See README, "Backup and restore".
import path from "node:path";
import { BackupError } from "./lib/backup/archive-format";
import { createBackup } from "./lib/backup/create-backup";
import { collectBackupSecrets } from "./lib/backup/secrets";
import { resolveDatabase } from "./lib/database";
import { loadLocalSecrets } from "./lib/local-env";
import { DATA_DIR } from "./lib/local-secrets";

const USAGE = "Usage: npm run db:backup [-- --out FILE.tar.gz]";

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function parseOut(argv: string[]): string {
  if (argv.length === 0) {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    return path.join(DATA_DIR, "backups", `triage-${stamp}.tar.gz`);
  }
  if (argv.length !== 2 || argv[0] !== "--out" || !argv[1]) fail(USAGE);
  return path.resolve(argv[1]);
}

const out = parseOut(process.argv.slice(2));
if (process.env.DATABASE_URL) {
  fail(
    "DATABASE_URL points at a PostgreSQL of your own: back it up with pg_dump of its major version and " +
      "keep AUTH_SECRET, PASSWORD_PEPPER and TWO_FACTOR_ENCRYPTION_KEY with it (README, \"Backup and restore\").",
  );
}
loadLocalSecrets();
const database = await resolveDatabase().catch((error: Error) => fail(error.message));
// After resolveDatabase: a first start creates the database password.
const { secrets, missing } = collectBackupSecrets();
try {
  const backup = await createBackup(database.superuserUrl ?? fail("The embedded PostgreSQL has no superuser URL."), out, secrets);
  const megabytes = (backup.bytes / 1024 / 1024).toFixed(1);
  console.log(`Wrote ${backup.file} (${megabytes} MB, consistent as of WAL ${backup.stopLsn}).`);
  console.log(
    "WARNING: it holds the secrets that unlock the data (PASSWORD_PEPPER, TWO_FACTOR_ENCRYPTION_KEY, " +
      "AUTH_SECRET, the database password). It is readable by you only: keep every copy as safe as the server.",
  );
  if (missing.length > 0) {
    console.warn(`Not in the archive (not set here): ${missing.join(", ")}. Keep them with the backup yourself.`);
  }
} catch (error) {
  await database.stop();
  fail(error instanceof BackupError ? error.message : `The backup failed: ${error instanceof Error ? error.message : String(error)}`);
}
await database.stop();
