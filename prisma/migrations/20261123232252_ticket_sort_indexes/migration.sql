-- DropIndex
DROP INDEX "tickets_created_idx";

-- CreateIndex
CREATE INDEX "tickets_created_idx" ON "tickets"("workspace_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tickets_priority_idx" ON "tickets"("workspace_id", "priority" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tickets_due_idx" ON "tickets"("workspace_id", "due_at", "id");
