import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// Prisma's CLI needs a URL even for `generate`; without one it falls back to downloading a
// native engine, which fails offline. A placeholder that never connects keeps it on the Wasm path.
process.env.DATABASE_URL ??= "postgresql://unset:unset@127.0.0.1:1/unset";

// The Wasm schema engine reads catalog columns of type "char" (oid 18) and name (oid 19), which
// adapter-pg 6.19 cannot deserialize. Reporting them as text fixes migrations; the app's runtime
// client never loads this file.
const require = createRequire(import.meta.url);
const Result = require("pg/lib/result.js") as {
  prototype: { addFields(fields: { dataTypeID: number }[]): void };
};
const addFields = Result.prototype.addFields;
Result.prototype.addFields = function (fields) {
  for (const field of fields) {
    if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
  }
  return addFields.call(this, fields);
};

function createMigrationAdapter(connectionString: string) {
  const factory = new PrismaPg({ connectionString, idleTimeoutMillis: 500 });
  // adapter-pg reuses the main database as its shadow and drops it while still connected;
  // `migrate dev` gets a throwaway database of its own instead.
  factory.connectToShadowDb = async () => {
    const name = `prisma_shadow_${Date.now()}`;
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(connectionString);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), idleTimeoutMillis: 500 });
    pool.on("error", () => undefined);
    const adapter = await new PrismaPg(pool).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client({ connectionString });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    };
    return adapter;
  };
  return factory;
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return createMigrationAdapter(process.env.DATABASE_URL!);
  },
});
