-- AlterEnum
ALTER TYPE "AuthTokenPurpose" ADD VALUE 'INVITATION';

-- AlterTable
ALTER TABLE "memberships" ADD COLUMN     "notify_assignments" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notify_new_tickets" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notify_own_ticket_updates" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "category_watchers" (
    "category_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "category_watchers_pkey" PRIMARY KEY ("category_id","user_id")
);

-- CreateTable
CREATE TABLE "saved_views" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_views_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "category_watchers_user_id_idx" ON "category_watchers"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "saved_views_workspace_id_user_id_name_key" ON "saved_views"("workspace_id", "user_id", "name");

-- AddForeignKey
ALTER TABLE "category_watchers" ADD CONSTRAINT "category_watchers_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "category_watchers" ADD CONSTRAINT "category_watchers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search (lib/tickets/search): expression indexes rather than stored tsvector columns,
-- which made the 1M-ticket COPY four times slower (PERFORMANCE.md). Queries must use exactly
-- these expressions to use them: see lib/tickets/search/sql.ts.
CREATE INDEX "tickets_search_idx" ON "tickets" USING GIN (
  (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "description"), 'B'))
);

-- Most searches are of open tickets: the partial index keeps them fast on a large closed history.
CREATE INDEX "tickets_open_search_idx" ON "tickets" USING GIN (
  (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "description"), 'B'))
) WHERE "status" IN ('NEW', 'OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER');

CREATE INDEX "comments_search_idx" ON "comments" USING GIN (to_tsvector('english'::regconfig, "body"));

-- Title prefix and fuzzy matching while typing.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "tickets_title_trgm_idx" ON "tickets" USING GIN ("title" gin_trgm_ops);

-- Queue badge counts over open tickets only (PERFORMANCE.md: 405 ms → 32 ms at 1M tickets).
CREATE INDEX "tickets_open_queue_idx" ON "tickets" ("workspace_id", "status", "assignee_id", "priority", "due_at")
  WHERE "status" IN ('NEW', 'OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER');
