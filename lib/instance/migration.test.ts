import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { withClient } from "@/scripts/lib/with-client";

// The migration that brought the instance operator and settings, replayed on data made before
// it: undone as the superuser, then applied as the owner, split at semicolons as Prisma does.
const MIGRATION = readFileSync(
  path.resolve(import.meta.dirname, "../../prisma/migrations/20261206172459_instance_operator_and_settings/migration.sql"),
  "utf8",
);

async function replayMigration() {
  await withClient(process.env.TEST_SUPERUSER_URL!, async (client) => {
    await client.query('DROP TABLE instance_settings');
    await client.query('DROP TYPE "WorkspaceCreationPolicy"');
    await client.query("ALTER TABLE users DROP COLUMN is_instance_operator");
  });
  await withClient(process.env.DATABASE_OWNER_URL!, async (client) => {
    for (const statement of MIGRATION.split(";")) await client.query(statement);
  });
}

async function state() {
  const [operators, settings] = await Promise.all([
    db.user.findMany({ where: { isInstanceOperator: true }, select: { id: true } }),
    db.instanceSettings.findMany({ select: { workspaceCreation: true, registrationWorkspaceId: true } }),
  ]);
  return { operators: operators.map((user) => user.id), settings };
}

const at = (day: string) => new Date(`${day}T00:00:00Z`);

// In order: the second replays the migration on the rows the test makes.
describe("the instance operator migration", () => {
  it("leaves an empty installation with no operator and registration by invitation only", async () => {
    await replayMigration();
    expect(await state()).toEqual({ operators: [], settings: [{ workspaceCreation: "INSTANCE_OPERATORS", registrationWorkspaceId: null }] });
  });

  it("makes the earliest admin of the earliest workspace the operator, and registration land in that workspace", async () => {
    const first = await createWorkspace({ createdAt: at("2001-01-01") });
    const later = await createWorkspace({ createdAt: at("2002-01-01") });
    const member = async (workspaceId: string, role: "ADMIN" | "AGENT", since: string) => {
      const { user } = await createUser({ workspaceId, role });
      await db.membership.updateMany({ where: { userId: user.id }, data: { createdAt: at(since) } });
      return user.id;
    };
    await member(first.id, "AGENT", "2001-01-02");
    const operator = await member(first.id, "ADMIN", "2001-01-03");
    await member(first.id, "ADMIN", "2001-01-04");
    await member(later.id, "ADMIN", "2000-06-01");

    await replayMigration();

    expect(await state()).toEqual({ operators: [operator], settings: [{ workspaceCreation: "INSTANCE_OPERATORS", registrationWorkspaceId: first.id }] });
  });
});
