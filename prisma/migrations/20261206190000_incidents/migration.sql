-- Incidents: a major incident record per workspace, numbered from the workspace counter like
-- tickets, with its responders, timeline and linked tickets. Every table is under the same
-- row-level security as the other workspace tables, and keys that name a parent also carry its
-- workspace, so a row can never point into another workspace.

-- CreateEnum
CREATE TYPE "IncidentSeverity" AS ENUM ('SEV1', 'SEV2', 'SEV3', 'SEV4');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "IncidentEventKind" AS ENUM ('DECLARED', 'STATUS_CHANGED', 'SEVERITY_CHANGED', 'ROLE_ASSIGNED', 'RESPONDER_ADDED', 'RESPONDER_REMOVED', 'TICKET_LINKED', 'TICKET_UNLINKED', 'NOTE');

-- AlterTable
ALTER TABLE "workspaces" ADD COLUMN     "incident_number" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "incident_severities" JSONB;

-- CreateTable
CREATE TABLE "incidents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "severity" "IncidentSeverity" NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'INVESTIGATING',
    "declared_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMPTZ(3),
    "mitigated_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "commander_id" UUID NOT NULL,
    "communications_lead_id" UUID,
    "declared_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_responders" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_responders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workspace_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "kind" "IncidentEventKind" NOT NULL,
    "actor_id" UUID,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "body" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_tickets" (
    "workspace_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "linked_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_tickets_pkey" PRIMARY KEY ("incident_id","ticket_id")
);

-- CreateIndex
CREATE INDEX "incidents_list_idx" ON "incidents"("workspace_id", "status", "declared_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "incidents_declared_idx" ON "incidents"("workspace_id", "declared_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "incidents_commander_id_idx" ON "incidents"("commander_id");

-- CreateIndex
CREATE INDEX "incidents_communications_lead_id_idx" ON "incidents"("communications_lead_id");

-- CreateIndex
CREATE INDEX "incidents_declared_by_id_idx" ON "incidents"("declared_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "incidents_workspace_id_number_key" ON "incidents"("workspace_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "incidents_id_workspace_id_key" ON "incidents"("id", "workspace_id");

-- CreateIndex
CREATE INDEX "incident_responders_user_id_idx" ON "incident_responders"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "incident_responders_incident_id_user_id_key" ON "incident_responders"("incident_id", "user_id");

-- CreateIndex
CREATE INDEX "incident_events_timeline_idx" ON "incident_events"("incident_id", "occurred_at", "sequence");

-- CreateIndex
CREATE INDEX "incident_events_actor_id_idx" ON "incident_events"("actor_id");

-- CreateIndex
CREATE INDEX "incident_tickets_ticket_id_idx" ON "incident_tickets"("ticket_id");

-- CreateIndex
CREATE INDEX "incident_tickets_linked_by_id_idx" ON "incident_tickets"("linked_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_id_workspace_id_key" ON "tickets"("id", "workspace_id");

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_commander_id_fkey" FOREIGN KEY ("commander_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_communications_lead_id_fkey" FOREIGN KEY ("communications_lead_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_declared_by_id_fkey" FOREIGN KEY ("declared_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_responders" ADD CONSTRAINT "incident_responders_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_responders" ADD CONSTRAINT "incident_responders_incident_id_workspace_id_fkey" FOREIGN KEY ("incident_id", "workspace_id") REFERENCES "incidents"("id", "workspace_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_responders" ADD CONSTRAINT "incident_responders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_incident_id_workspace_id_fkey" FOREIGN KEY ("incident_id", "workspace_id") REFERENCES "incidents"("id", "workspace_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tickets" ADD CONSTRAINT "incident_tickets_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tickets" ADD CONSTRAINT "incident_tickets_incident_id_workspace_id_fkey" FOREIGN KEY ("incident_id", "workspace_id") REFERENCES "incidents"("id", "workspace_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tickets" ADD CONSTRAINT "incident_tickets_ticket_id_workspace_id_fkey" FOREIGN KEY ("ticket_id", "workspace_id") REFERENCES "tickets"("id", "workspace_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tickets" ADD CONSTRAINT "incident_tickets_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;



ALTER TABLE "incidents" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "incidents" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "incidents"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "incident_responders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "incident_responders" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "incident_responders"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "incident_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "incident_events" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "incident_events"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());

ALTER TABLE "incident_tickets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "incident_tickets" FORCE ROW LEVEL SECURITY;
CREATE POLICY workspace_isolation ON "incident_tickets"
  USING (workspace_id = app_workspace_id()) WITH CHECK (workspace_id = app_workspace_id());
