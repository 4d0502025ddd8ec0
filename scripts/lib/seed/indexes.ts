import pg from "pg";

// Load first, index after (PERFORMANCE.md, "Bulk load"): one sorted build per index is far
// cheaper than maintaining every index row by row during COPY. Definitions come from the
// catalog rather than from a copy here, so a new migration's index is handled without a change.

export type IndexDefinition = { table: string; name: string; definition: string };

/**
 * The tables' non-unique indexes. Primary keys and unique indexes stay, so COPY keeps checking
 * ids, references and ticket numbers (against tickets the app may create meanwhile). Keeping
 * the (workspace_id, number) index measured the same overall as dropping and rebuilding it.
 */
export async function listDroppableIndexes(
  client: pg.Client,
  tables: readonly string[],
): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `SELECT i.tablename AS "table", i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
      WHERE i.schemaname = current_schema()
        AND i.tablename = ANY($1::text[])
        AND NOT (SELECT x.indisunique FROM pg_index x
                  WHERE x.indexrelid = format('%I.%I', i.schemaname, i.indexname)::regclass)
      ORDER BY i.tablename, i.indexname`,
    [tables],
  );
  return rows;
}

/** Drops the indexes in one transaction: either all are gone or none. */
export async function dropIndexes(client: pg.Client, indexes: readonly IndexDefinition[]): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const index of indexes) await client.query(`DROP INDEX ${pg.escapeIdentifier(index.name)}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/**
 * Builds the indexes on `connections` sessions at once, each taking the next index from a
 * shared queue. `maintenance_work_mem` lets each build sort in memory instead of on disk.
 * Every index is attempted even when one fails, and the error names the statements still to
 * run, so that a failed seed never leaves the app silently without its indexes.
 */
export async function createIndexes(
  url: string,
  indexes: readonly IndexDefinition[],
  connections: number,
): Promise<void> {
  const queue = [...indexes];
  const failed: IndexDefinition[] = [];
  const build = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("SET maintenance_work_mem = '512MB'");
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        await client.query(index.definition).catch(() => failed.push(index));
      }
    } finally {
      await client.end();
    }
  };
  await Promise.allSettled(Array.from({ length: Math.min(connections, queue.length) }, build));
  failed.push(...queue);
  if (failed.length > 0) {
    const statements = failed.map((index) => `  ${index.definition};`).join("\n");
    throw new Error(`These indexes could not be rebuilt; run them by hand:\n${statements}`);
  }
}
