-- Which of the given users also belong to a workspace besides the transaction one (app.workspace_id).
-- An admin may change an account (disable it, force a new password, reset its second factor) only
-- when no other workspace relies on it, and the people page says so per row. Row-level security
-- shows a transaction the memberships of its workspace and of its user only, so the function sets
-- app.user_id to each user in turn (for the transaction only, as the data layer does), asks, and
-- sets it back. It answers yes or no per user, never which workspaces or which roles.
-- The body spells its semicolons as octal escapes: the migration engine splits at semicolons.
CREATE FUNCTION "users_in_other_workspaces"("user_ids" uuid[]) RETURNS SETOF uuid LANGUAGE plpgsql AS E'
DECLARE
  scope_user text := coalesce(current_setting(''app.user_id'', true), '''')\073
  target uuid\073
BEGIN
  FOREACH target IN ARRAY coalesce(user_ids, ''{}'') LOOP
    PERFORM set_config(''app.user_id'', target::text, true)\073
    IF EXISTS (SELECT 1 FROM "memberships" m
                WHERE m."user_id" = target AND m."workspace_id" IS DISTINCT FROM app_workspace_id()) THEN
      RETURN NEXT target\073
    END IF\073
  END LOOP\073
  PERFORM set_config(''app.user_id'', scope_user, true)\073
END ';
