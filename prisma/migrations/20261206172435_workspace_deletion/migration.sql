-- Deleting a workspace: the request marks it, and a background job removes its rows in batches,
-- then the workspace itself (lib/workspaces/deletion/).
ALTER TABLE "workspaces" ADD COLUMN     "deletion_requested_at" TIMESTAMPTZ(3),
ADD COLUMN     "deletion_requested_by_id" UUID,
ADD COLUMN     "deletion_rows_removed" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_deletion_requested_by_id_fkey" FOREIGN KEY ("deletion_requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- Deleting a user then finds the workspaces they deleted without a scan.
CREATE INDEX "workspaces_deletion_requested_by_id_idx" ON "workspaces"("deletion_requested_by_id") WHERE "deletion_requested_by_id" IS NOT NULL;

-- The audit log stays append-only, except that the entries of a workspace being deleted go with
-- the rest of its data (the instance log keeps who deleted it and when). UPDATE and TRUNCATE are
-- still refused. The workspace row is readable in every scope (policy registry_read).
CREATE FUNCTION audit_logs_refuse_change_unless_workspace_deleted() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN IF TG_OP = ''DELETE'' AND EXISTS (SELECT 1 FROM workspaces w WHERE w.id = OLD.workspace_id AND w.deletion_requested_at IS NOT NULL) THEN RETURN OLD\073 END IF\073 RAISE EXCEPTION ''audit_logs is append-only (% refused)'', TG_OP\073 END\073';

DROP TRIGGER audit_logs_append_only ON "audit_logs";
CREATE TRIGGER audit_logs_append_only
  BEFORE UPDATE OR DELETE ON "audit_logs"
  FOR EACH ROW EXECUTE FUNCTION audit_logs_refuse_change_unless_workspace_deleted();

-- The removal finds a workspace's emails by this, a batch at a time. The other tables of a
-- workspace have an index led by workspace_id already.
CREATE INDEX "email_messages_workspace_id_idx" ON "email_messages"("workspace_id");
