import { createHmac } from "node:crypto";
import type pg from "pg";
import { withClient } from "./with-client";

/**
 * The two roles Triage uses on a PostgreSQL: the owner of its tables, which migrations and
 * maintenance run as, and the role the app connects as, which owns nothing, so row-level security
 * holds for it (README, "Database roles and row-level security").
 */
export const OWNER_ROLE = "triage_owner";
export const APP_ROLE = "triage_app";

export type DatabaseUrls = {
  /** What the app connects with. */
  url: string;
  /** What migrations and maintenance connect with. */
  ownerUrl: string;
};

/** A role's password on the embedded server: derived from its superuser's, so nothing new to keep or back up. */
function rolePassword(superuserPassword: string, role: string): string {
  return createHmac("sha256", superuserPassword).update(role).digest("base64url");
}

function withCredentials(url: string, role: string, password: string): string {
  const target = new URL(url);
  target.username = role;
  target.password = password;
  return target.toString();
}

/** Creates a login role, or puts its password back; the embedded server's superuser runs this. */
async function ensureRole(client: pg.Client, role: string, password: string, attributes: string): Promise<void> {
  const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  const verb = rowCount === 0 ? "CREATE" : "ALTER";
  await client.query(`${verb} ROLE ${role} LOGIN ${attributes} PASSWORD ${client.escapeLiteral(password)}`);
}

/**
 * Makes the owner role own the database, its schema and everything in it: a database created
 * before the roles existed belongs to the superuser.
 */
async function transferOwnership(client: pg.Client): Promise<void> {
  await client.query(`ALTER SCHEMA public OWNER TO ${OWNER_ROLE}`);
  await client.query(`
    DO $$
    DECLARE item record;
    BEGIN
      FOR item IN
        SELECT format('ALTER %s %s OWNER TO ${OWNER_ROLE}',
                 CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                 c.oid::regclass) AS statement
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
          AND c.relowner <> '${OWNER_ROLE}'::regrole
          -- A serial column's sequence follows its table.
          AND NOT (c.relkind = 'S' AND EXISTS (
            SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
      UNION ALL
        SELECT format('ALTER TYPE %s OWNER TO ${OWNER_ROLE}', t.oid::regtype)
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype = 'e' AND t.typowner <> '${OWNER_ROLE}'::regrole
      UNION ALL
        SELECT format('ALTER FUNCTION %s OWNER TO ${OWNER_ROLE}', p.oid::regprocedure)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proowner <> '${OWNER_ROLE}'::regrole
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      LOOP
        EXECUTE item.statement;
      END LOOP;
    END $$`);
}

/**
 * Lets the planner use the full-text indexes under row-level security. A condition may be
 * evaluated before a policy's only if its function is leakproof, and `tsvector @@ tsquery` is
 * not marked so: under the policies, reply search scanned every comment (PERFORMANCE.md,
 * "Row-level security": 3.6 ms became 369 ms at a million tickets). It raises no error that
 * depends on the row, so it reveals nothing about rows the policy hides. Only a superuser may
 * mark a function; README, "Database roles and row-level security", says so for a PostgreSQL of your own.
 */
export const LEAKPROOF_STATEMENTS = ["ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF"];

/**
 * On the embedded server, as its superuser: the two roles, and the database owned by the owner
 * (created if missing, taken over if the superuser made it). Returns the URLs for both roles.
 */
export async function prepareEmbeddedDatabase(superuserUrl: (database: string) => string, database: string): Promise<DatabaseUrls> {
  const superuserPassword = decodeURIComponent(new URL(superuserUrl("postgres")).password);
  const ownerPassword = rolePassword(superuserPassword, OWNER_ROLE);
  const appPassword = rolePassword(superuserPassword, APP_ROLE);
  await withClient(superuserUrl("postgres"), async (client) => {
    await ensureRole(client, OWNER_ROLE, ownerPassword, "NOSUPERUSER CREATEDB NOCREATEROLE");
    await ensureRole(client, APP_ROLE, appPassword, "NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    const name = client.escapeIdentifier(database);
    await client.query(rowCount === 0 ? `CREATE DATABASE ${name} OWNER ${OWNER_ROLE}` : `ALTER DATABASE ${name} OWNER TO ${OWNER_ROLE}`);
  });
  await withClient(superuserUrl(database), async (client) => {
    await transferOwnership(client);
    for (const statement of LEAKPROOF_STATEMENTS) await client.query(statement);
  });
  const url = superuserUrl(database);
  return { url: withCredentials(url, APP_ROLE, appPassword), ownerUrl: withCredentials(url, OWNER_ROLE, ownerPassword) };
}

/**
 * As the owner, after migrations: the app's role may read and write every table and use every
 * sequence, and nothing else (no DDL, no ownership). Tables created later by the owner come with
 * the same grants. Skipped when both URLs name the same role.
 */
export async function grantAppAccess({ url, ownerUrl }: DatabaseUrls): Promise<void> {
  const appRole = decodeURIComponent(new URL(url).username);
  if (appRole === decodeURIComponent(new URL(ownerUrl).username)) return;
  await withClient(ownerUrl, async (client) => {
    const role = client.escapeIdentifier(appRole);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${role}`);
  });
}
