import { type DatabaseUrls, prepareEmbeddedDatabase } from "./database-roles";
import { APP_CLUSTER, startCluster } from "./embedded-postgres";

export type DatabaseHandle = DatabaseUrls & {
  isEmbedded: boolean;
  /** The embedded server's superuser URL for this database (base backups); null for DATABASE_URL. */
  superuserUrl: string | null;
  /** Stops the embedded server if this process started it. */
  stop(): Promise<void>;
  /** Calls `onGone` if the embedded server stops under us; an external database is not watched. */
  watch(onGone: () => void): void;
};

/**
 * The one way every entry point (start, dev, seed, migrate) gets its database: DATABASE_URL when
 * set (and DATABASE_OWNER_URL for migrations, else the same), otherwise the embedded PostgreSQL
 * under .data/postgres, started or reused, with its two roles (README, "Database roles").
 */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    return {
      url,
      ownerUrl: process.env.DATABASE_OWNER_URL || url,
      superuserUrl: null,
      isEmbedded: false,
      stop: async () => undefined,
      watch: () => undefined,
    };
  }
  const cluster = await startCluster(APP_CLUSTER);
  const urls = await prepareEmbeddedDatabase(cluster.urlFor, "triage");
  return {
    ...urls,
    superuserUrl: cluster.urlFor("triage"),
    isEmbedded: true,
    stop: () => cluster.stop(),
    watch: (onGone) => cluster.watch(onGone),
  };
}
