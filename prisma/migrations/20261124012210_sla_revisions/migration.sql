-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "sla_revision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "workspaces" ADD COLUMN     "sla_revision" INTEGER NOT NULL DEFAULT 1;

-- Open tickets whose due times predate the workspace's SLA settings: the recalculation job finds
-- them by a range scan, and an idle poll costs one index probe per workspace.
CREATE INDEX "tickets_open_sla_revision_idx" ON "tickets" ("workspace_id", "sla_revision")
  WHERE "status" IN ('NEW', 'OPEN', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER');
