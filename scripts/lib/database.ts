import { APP_CLUSTER, ensureDatabaseExists, startCluster } from "./embedded-postgres";

export type DatabaseHandle = {
  url: string;
  isEmbedded: boolean;
  /** Stops the embedded server if this process started it. */
  stop(): Promise<void>;
  /** Calls `onGone` if the embedded server stops under us; an external database is not watched. */
  watch(onGone: () => void): void;
};

/**
 * The one way every entry point (start, dev, seed, migrate) gets its database: DATABASE_URL when
 * set, otherwise the embedded PostgreSQL under .data/postgres, started or reused.
 */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => undefined, watch: () => undefined };
  }
  const cluster = await startCluster(APP_CLUSTER);
  const url = cluster.urlFor("triage");
  await ensureDatabaseExists(url);
  return { url, isEmbedded: true, stop: () => cluster.stop(), watch: (onGone) => cluster.watch(onGone) };
}
