// `npm run db:restore -- FILE`: replaces the embedded PostgreSQL's data and the local secrets
// with a backup made by `npm run db:backup`. See README, "Backup and restore".
import { BackupError } from "./lib/backup/archive-format";
import { restoreBackup } from "./lib/backup/restore-backup";

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const [archive, ...rest] = process.argv.slice(2);
if (!archive || rest.length > 0 || archive.startsWith("-")) fail("Usage: npm run db:restore -- FILE.tar.gz");
if (process.env.DATABASE_URL) {
  fail("DATABASE_URL points at a PostgreSQL of your own: restore it with pg_restore (README, \"Backup and restore\").");
}

try {
  const result = await restoreBackup(archive);
  console.log(`Restored the backup made at ${result.manifest.createdAt}.`);
  if (result.previousDatabase) console.log(`The database it replaced is kept in ${result.previousDatabase}.`);
  if (result.previousSecrets) console.log(`The secrets it replaced are kept in ${result.previousSecrets}.`);
  console.log("`npm start` now replays the archived WAL and opens the database as it was when the backup finished.");
  if (result.overriddenByEnvironment.length > 0) {
    console.warn(
      `WARNING: the environment sets ${result.overriddenByEnvironment.join(", ")} to other values than the backup's, ` +
        "and the environment wins: use the values in .data/secrets.json, or passwords and two-factor will not verify.",
    );
  }
} catch (error) {
  fail(error instanceof BackupError ? error.message : `The restore failed: ${error instanceof Error ? error.message : String(error)}`);
}
