-- The instance operator and the instance settings (README, "Workspaces and the instance operator").
-- No semicolons or quotes in these comments: Prisma splits a migration at every semicolon.
CREATE TYPE "WorkspaceCreationPolicy" AS ENUM ('INSTANCE_OPERATORS', 'VERIFIED_USERS');

ALTER TABLE "users" ADD COLUMN "is_instance_operator" BOOLEAN NOT NULL DEFAULT false;

-- One row, keyed true. No CHECK on the key: with one (bare or compared to true) the Wasm schema
-- engine of Prisma 6.19 crashed replaying the migrations (npm run db:migrate). The policies below
-- let the app neither add nor remove rows.
CREATE TABLE "instance_settings" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "workspace_creation" "WorkspaceCreationPolicy" NOT NULL DEFAULT 'INSTANCE_OPERATORS',
    "registration_workspace_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "instance_settings_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "instance_settings" ADD CONSTRAINT "instance_settings_registration_workspace_id_fkey" FOREIGN KEY ("registration_workspace_id") REFERENCES "workspaces"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Registration keeps landing where it did: in the earliest workspace, or nowhere on an empty database.
INSERT INTO "instance_settings" ("id", "registration_workspace_id")
  SELECT true, (SELECT "id" FROM "workspaces" ORDER BY "created_at", "id" LIMIT 1);

-- The earliest admin of the earliest workspace runs the instance. Its memberships are visible to
-- the owner of the tables only in its scope (row-level security is forced), set for this
-- session and cleared right after.
SELECT set_config('app.workspace_id', coalesce((SELECT "id"::text FROM "workspaces" ORDER BY "created_at", "id" LIMIT 1), ''), false);
UPDATE "users" SET "is_instance_operator" = true
  WHERE "id" = (
    SELECT m."user_id" FROM "memberships" m
     WHERE m."workspace_id" = app_workspace_id() AND m."role" = 'ADMIN'
     ORDER BY m."created_at", m."id" LIMIT 1);
SELECT set_config('app.workspace_id', '', false);

-- Everyone reads the settings (registration does, signed out). Only a transaction whose user is
-- an instance operator changes them, and nobody adds or removes the row.
ALTER TABLE "instance_settings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "instance_settings" FORCE ROW LEVEL SECURITY;
CREATE POLICY instance_read ON "instance_settings" FOR SELECT USING (true);
CREATE POLICY operator_update ON "instance_settings" FOR UPDATE
  USING (EXISTS (SELECT 1 FROM users u WHERE u.id = app_user_id() AND u.is_instance_operator))
  WITH CHECK (EXISTS (SELECT 1 FROM users u WHERE u.id = app_user_id() AND u.is_instance_operator));
