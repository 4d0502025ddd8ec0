-- The membership an API key acts through is visible to the transaction that presents the hash of
-- that key, so that authenticating an API request (the key, its account, this membership and the
-- limits of the workspace) is one statement again instead of a transaction of two. No semicolons
-- or quotes in these comments: Prisma splits a migration at every semicolon.
DROP POLICY workspace_isolation ON "memberships";
CREATE POLICY workspace_isolation ON "memberships"
  USING (
    workspace_id = app_workspace_id()
    OR user_id = app_user_id()
    OR EXISTS (
      SELECT 1 FROM api_keys k
       WHERE k.secret_hash = current_setting('app.api_key_hash', true)
         AND k.user_id = memberships.user_id
         AND k.workspace_id = memberships.workspace_id))
  WITH CHECK (workspace_id = app_workspace_id());
