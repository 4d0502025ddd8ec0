/** What a Triage backup archive (`npm run db:backup`) holds, by name inside the archive. */
export const ARCHIVE = {
  /** First entry: marks the file as a Triage backup and says which format and server made it. */
  manifest: "triage-backup.json",
  /** The secrets the data cannot be used without (see BACKED_UP_SECRETS). */
  secrets: "secrets.json",
  /** The embedded PostgreSQL's data directory, as a base backup with the WAL it needs. */
  database: "postgres",
} as const;

export const ARCHIVE_FORMAT = 1;

export type Manifest = {
  format: number;
  createdAt: string;
  postgresVersion: string;
};

/** A failure to explain to the operator in one sentence, without a stack trace. */
export class BackupError extends Error {
  override name = "BackupError";
}
