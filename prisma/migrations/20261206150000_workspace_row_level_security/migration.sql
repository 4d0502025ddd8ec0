-- Row-level security: every row of a workspace is visible and writable only in a transaction that
-- set that workspace (README, "Database roles and row-level security"). The app sets, per
-- transaction, app.workspace_id from the signed-in member workspace and app.user_id from the
-- signed-in user (set_config(..., true): nothing outlives the transaction, so it works behind a
-- pooler in transaction mode). FORCE applies the policies to the owner of the tables too: only a
-- superuser or a BYPASSRLS role passes them.

CREATE FUNCTION app_workspace_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.workspace_id', true), '')::uuid $$;

CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

-- Category watchers get the category workspace, and a key that keeps the two the same.
ALTER TABLE "category_watchers" ADD COLUMN "workspace_id" UUID;
UPDATE "category_watchers" w SET "workspace_id" = c."workspace_id" FROM "categories" c WHERE c."id" = w."category_id";
ALTER TABLE "category_watchers" ALTER COLUMN "workspace_id" SET NOT NULL,
  ALTER COLUMN "workspace_id" SET DEFAULT app_workspace_id();
CREATE UNIQUE INDEX "categories_id_workspace_id_key" ON "categories"("id", "workspace_id");
ALTER TABLE "category_watchers" DROP CONSTRAINT "category_watchers_category_id_fkey";
ALTER TABLE "category_watchers" ADD CONSTRAINT "category_watchers_category_id_workspace_id_fkey"
  FOREIGN KEY ("category_id", "workspace_id") REFERENCES "categories"("id", "workspace_id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "category_watchers" ADD CONSTRAINT "category_watchers_workspace_id_fkey"
  FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tables whose every row belongs to one workspace. (No DO blocks here: Prisma splits a migration
-- at every semicolon.)
ALTER TABLE "categories" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "categories" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "categories"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "tickets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tickets" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "tickets"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "comments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "comments" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "comments"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "ticket_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ticket_events" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "ticket_events"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "category_watchers" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "category_watchers" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "category_watchers"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "saved_views" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "saved_views" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "saved_views"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "ticket_daily_stats" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ticket_daily_stats" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "ticket_daily_stats"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "dashboard_refreshes" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_refreshes" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "dashboard_refreshes"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "api_usage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "api_usage" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "api_usage"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

-- The memberships of the signed-in user are readable outside their workspaces too: signing in, the
-- workspace switcher. Memberships are written only in their workspace.
ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "memberships" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "memberships"
  USING (workspace_id = app_workspace_id() OR user_id = app_user_id())
  WITH CHECK (workspace_id = app_workspace_id());

-- The registry of workspaces (name, slug, settings) is readable, so that background jobs can
-- visit each workspace and a link can name one: a workspace is changed only in its own scope.
ALTER TABLE "workspaces" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "workspaces" FORCE ROW LEVEL SECURITY;
CREATE POLICY registry_read ON "workspaces" FOR SELECT USING (true);
CREATE POLICY workspace_insert ON "workspaces" FOR INSERT WITH CHECK (id = app_workspace_id());
CREATE POLICY workspace_update ON "workspaces" FOR UPDATE USING (id = app_workspace_id()) WITH CHECK (id = app_workspace_id());
CREATE POLICY workspace_delete ON "workspaces" FOR DELETE USING (id = app_workspace_id());

-- An API key is found by the hash of the secret its caller presents, before its workspace is known.
ALTER TABLE "api_keys" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "api_keys" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "api_keys"
  USING (workspace_id = app_workspace_id() OR secret_hash = current_setting('app.api_key_hash', true))
  WITH CHECK (workspace_id = app_workspace_id());

-- Audit entries and emails without a workspace (an account that belongs to none yet, a sign-in)
-- are the installation, not of a workspace.
ALTER TABLE "audit_logs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_logs" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "audit_logs"
  USING (workspace_id IS NULL OR workspace_id = app_workspace_id())
  WITH CHECK (workspace_id IS NULL OR workspace_id = app_workspace_id());

ALTER TABLE "email_messages" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "email_messages" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "email_messages"
  USING (workspace_id IS NULL OR workspace_id = app_workspace_id())
  WITH CHECK (workspace_id IS NULL OR workspace_id = app_workspace_id());
