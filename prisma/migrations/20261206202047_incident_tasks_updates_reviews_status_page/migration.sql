-- Incidents, second part: tasks, status updates, the post-incident review, the kept history of
-- edited timeline notes, and the public status page (a per-workspace switch and its email
-- subscribers). Every table is under the same row-level security as the other workspace tables,
-- and keys that name a parent also carry its workspace. The status page's public flows find the
-- workspace by its slug (the registry is readable) and then act in its scope.

-- CreateEnum
CREATE TYPE "IncidentUpdateVisibility" AS ENUM ('INTERNAL', 'PUBLIC');

-- AlterEnum
ALTER TYPE "IncidentEventKind" ADD VALUE 'TASK_ADDED';
ALTER TYPE "IncidentEventKind" ADD VALUE 'TASK_COMPLETED';
ALTER TYPE "IncidentEventKind" ADD VALUE 'TASK_REOPENED';
ALTER TYPE "IncidentEventKind" ADD VALUE 'UPDATE_POSTED';
ALTER TYPE "IncidentEventKind" ADD VALUE 'REVIEW_WRITTEN';
ALTER TYPE "IncidentEventKind" ADD VALUE 'REVIEW_SKIPPED';

-- AlterTable
ALTER TABLE "incident_events" ADD COLUMN     "edited_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "workspaces" ADD COLUMN     "status_page_enabled" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "incident_event_edits" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "body" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "edited_by_id" UUID NOT NULL,
    "edited_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_event_edits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_tasks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "owner_id" UUID,
    "due_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "completed_by_id" UUID,
    "from_review" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_status_updates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "status" "IncidentStatus" NOT NULL,
    "visibility" "IncidentUpdateVisibility" NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_status_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_reviews" (
    "incident_id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "impact" TEXT NOT NULL DEFAULT '',
    "root_cause" TEXT NOT NULL DEFAULT '',
    "went_well" TEXT NOT NULL DEFAULT '',
    "went_badly" TEXT NOT NULL DEFAULT '',
    "skip_reason" TEXT,
    "written_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_reviews_pkey" PRIMARY KEY ("incident_id")
);

-- CreateTable
CREATE TABLE "status_page_subscribers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "email" CITEXT NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "confirmation_token_hash" TEXT,
    "confirmation_expires_at" TIMESTAMPTZ(3),
    "unsubscribe_token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_page_subscribers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "incident_event_edits_event_id_edited_at_idx" ON "incident_event_edits"("event_id", "edited_at");

-- CreateIndex
CREATE INDEX "incident_event_edits_edited_by_id_idx" ON "incident_event_edits"("edited_by_id");

-- CreateIndex
CREATE INDEX "incident_tasks_incident_id_created_at_idx" ON "incident_tasks"("incident_id", "created_at");

-- CreateIndex
CREATE INDEX "incident_tasks_owner_id_completed_at_due_at_idx" ON "incident_tasks"("owner_id", "completed_at", "due_at");

-- CreateIndex
CREATE INDEX "incident_tasks_created_by_id_idx" ON "incident_tasks"("created_by_id");

-- CreateIndex
CREATE INDEX "incident_tasks_completed_by_id_idx" ON "incident_tasks"("completed_by_id");

-- CreateIndex
CREATE INDEX "incident_status_updates_incident_id_created_at_idx" ON "incident_status_updates"("incident_id", "created_at");

-- CreateIndex
CREATE INDEX "incident_status_updates_public_idx" ON "incident_status_updates"("workspace_id", "visibility", "created_at" DESC);

-- CreateIndex
CREATE INDEX "incident_status_updates_author_id_idx" ON "incident_status_updates"("author_id");

-- CreateIndex
CREATE INDEX "incident_reviews_workspace_id_idx" ON "incident_reviews"("workspace_id");

-- CreateIndex
CREATE INDEX "incident_reviews_written_by_id_idx" ON "incident_reviews"("written_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "incident_reviews_incident_id_workspace_id_key" ON "incident_reviews"("incident_id", "workspace_id");

-- CreateIndex
CREATE UNIQUE INDEX "status_page_subscribers_confirmation_token_hash_key" ON "status_page_subscribers"("confirmation_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "status_page_subscribers_unsubscribe_token_hash_key" ON "status_page_subscribers"("unsubscribe_token_hash");

-- CreateIndex
CREATE INDEX "status_page_subscribers_workspace_id_confirmed_at_idx" ON "status_page_subscribers"("workspace_id", "confirmed_at");

-- CreateIndex
CREATE UNIQUE INDEX "status_page_subscribers_workspace_id_email_key" ON "status_page_subscribers"("workspace_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "incident_events_id_workspace_id_key" ON "incident_events"("id", "workspace_id");

-- AddForeignKey
ALTER TABLE "incident_event_edits" ADD CONSTRAINT "incident_event_edits_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_event_edits" ADD CONSTRAINT "incident_event_edits_event_id_workspace_id_fkey" FOREIGN KEY ("event_id", "workspace_id") REFERENCES "incident_events"("id", "workspace_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_event_edits" ADD CONSTRAINT "incident_event_edits_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tasks" ADD CONSTRAINT "incident_tasks_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tasks" ADD CONSTRAINT "incident_tasks_incident_id_workspace_id_fkey" FOREIGN KEY ("incident_id", "workspace_id") REFERENCES "incidents"("id", "workspace_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tasks" ADD CONSTRAINT "incident_tasks_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tasks" ADD CONSTRAINT "incident_tasks_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tasks" ADD CONSTRAINT "incident_tasks_completed_by_id_fkey" FOREIGN KEY ("completed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_status_updates" ADD CONSTRAINT "incident_status_updates_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_status_updates" ADD CONSTRAINT "incident_status_updates_incident_id_workspace_id_fkey" FOREIGN KEY ("incident_id", "workspace_id") REFERENCES "incidents"("id", "workspace_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_status_updates" ADD CONSTRAINT "incident_status_updates_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_reviews" ADD CONSTRAINT "incident_reviews_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_reviews" ADD CONSTRAINT "incident_reviews_incident_id_workspace_id_fkey" FOREIGN KEY ("incident_id", "workspace_id") REFERENCES "incidents"("id", "workspace_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_reviews" ADD CONSTRAINT "incident_reviews_written_by_id_fkey" FOREIGN KEY ("written_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_page_subscribers" ADD CONSTRAINT "status_page_subscribers_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "incident_event_edits" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "incident_event_edits" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "incident_event_edits"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "incident_tasks" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "incident_tasks" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "incident_tasks"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "incident_status_updates" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "incident_status_updates" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "incident_status_updates"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "incident_reviews" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "incident_reviews" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "incident_reviews"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "status_page_subscribers" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "status_page_subscribers" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "status_page_subscribers"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());
