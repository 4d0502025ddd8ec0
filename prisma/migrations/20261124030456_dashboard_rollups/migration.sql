-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "reopen_count" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "workspaces" ADD COLUMN     "report_time_zone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateTable
CREATE TABLE "ticket_daily_stats" (
    "id" BIGSERIAL NOT NULL,
    "workspace_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "category_id" UUID,
    "priority" "TicketPriority" NOT NULL,
    "kind" "TicketKind" NOT NULL,
    "assignee_id" UUID,
    "created" INTEGER NOT NULL DEFAULT 0,
    "closed" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "resolved_late" INTEGER NOT NULL DEFAULT 0,
    "resolved_with_due" INTEGER NOT NULL DEFAULT 0,
    "resolved_reopened" INTEGER NOT NULL DEFAULT 0,
    "responded" INTEGER NOT NULL DEFAULT 0,
    "responded_late" INTEGER NOT NULL DEFAULT 0,
    "responded_with_due" INTEGER NOT NULL DEFAULT 0,
    "frt_b00" INTEGER NOT NULL DEFAULT 0,
    "frt_b01" INTEGER NOT NULL DEFAULT 0,
    "frt_b02" INTEGER NOT NULL DEFAULT 0,
    "frt_b03" INTEGER NOT NULL DEFAULT 0,
    "frt_b04" INTEGER NOT NULL DEFAULT 0,
    "frt_b05" INTEGER NOT NULL DEFAULT 0,
    "frt_b06" INTEGER NOT NULL DEFAULT 0,
    "frt_b07" INTEGER NOT NULL DEFAULT 0,
    "frt_b08" INTEGER NOT NULL DEFAULT 0,
    "frt_b09" INTEGER NOT NULL DEFAULT 0,
    "frt_b10" INTEGER NOT NULL DEFAULT 0,
    "frt_b11" INTEGER NOT NULL DEFAULT 0,
    "frt_b12" INTEGER NOT NULL DEFAULT 0,
    "frt_b13" INTEGER NOT NULL DEFAULT 0,
    "frt_b14" INTEGER NOT NULL DEFAULT 0,
    "frt_b15" INTEGER NOT NULL DEFAULT 0,
    "frt_b16" INTEGER NOT NULL DEFAULT 0,
    "frt_b17" INTEGER NOT NULL DEFAULT 0,
    "frt_b18" INTEGER NOT NULL DEFAULT 0,
    "frt_b19" INTEGER NOT NULL DEFAULT 0,
    "frt_b20" INTEGER NOT NULL DEFAULT 0,
    "frt_b21" INTEGER NOT NULL DEFAULT 0,
    "frt_b22" INTEGER NOT NULL DEFAULT 0,
    "frt_b23" INTEGER NOT NULL DEFAULT 0,
    "frt_b24" INTEGER NOT NULL DEFAULT 0,
    "frt_b25" INTEGER NOT NULL DEFAULT 0,
    "frt_b26" INTEGER NOT NULL DEFAULT 0,
    "frt_b27" INTEGER NOT NULL DEFAULT 0,
    "frt_b28" INTEGER NOT NULL DEFAULT 0,
    "frt_b29" INTEGER NOT NULL DEFAULT 0,
    "frt_b30" INTEGER NOT NULL DEFAULT 0,
    "frt_b31" INTEGER NOT NULL DEFAULT 0,
    "frt_b32" INTEGER NOT NULL DEFAULT 0,
    "frt_b33" INTEGER NOT NULL DEFAULT 0,
    "frt_b34" INTEGER NOT NULL DEFAULT 0,
    "frt_b35" INTEGER NOT NULL DEFAULT 0,
    "frt_b36" INTEGER NOT NULL DEFAULT 0,
    "frt_b37" INTEGER NOT NULL DEFAULT 0,
    "frt_b38" INTEGER NOT NULL DEFAULT 0,
    "frt_b39" INTEGER NOT NULL DEFAULT 0,
    "res_b00" INTEGER NOT NULL DEFAULT 0,
    "res_b01" INTEGER NOT NULL DEFAULT 0,
    "res_b02" INTEGER NOT NULL DEFAULT 0,
    "res_b03" INTEGER NOT NULL DEFAULT 0,
    "res_b04" INTEGER NOT NULL DEFAULT 0,
    "res_b05" INTEGER NOT NULL DEFAULT 0,
    "res_b06" INTEGER NOT NULL DEFAULT 0,
    "res_b07" INTEGER NOT NULL DEFAULT 0,
    "res_b08" INTEGER NOT NULL DEFAULT 0,
    "res_b09" INTEGER NOT NULL DEFAULT 0,
    "res_b10" INTEGER NOT NULL DEFAULT 0,
    "res_b11" INTEGER NOT NULL DEFAULT 0,
    "res_b12" INTEGER NOT NULL DEFAULT 0,
    "res_b13" INTEGER NOT NULL DEFAULT 0,
    "res_b14" INTEGER NOT NULL DEFAULT 0,
    "res_b15" INTEGER NOT NULL DEFAULT 0,
    "res_b16" INTEGER NOT NULL DEFAULT 0,
    "res_b17" INTEGER NOT NULL DEFAULT 0,
    "res_b18" INTEGER NOT NULL DEFAULT 0,
    "res_b19" INTEGER NOT NULL DEFAULT 0,
    "res_b20" INTEGER NOT NULL DEFAULT 0,
    "res_b21" INTEGER NOT NULL DEFAULT 0,
    "res_b22" INTEGER NOT NULL DEFAULT 0,
    "res_b23" INTEGER NOT NULL DEFAULT 0,
    "res_b24" INTEGER NOT NULL DEFAULT 0,
    "res_b25" INTEGER NOT NULL DEFAULT 0,
    "res_b26" INTEGER NOT NULL DEFAULT 0,
    "res_b27" INTEGER NOT NULL DEFAULT 0,
    "res_b28" INTEGER NOT NULL DEFAULT 0,
    "res_b29" INTEGER NOT NULL DEFAULT 0,
    "res_b30" INTEGER NOT NULL DEFAULT 0,
    "res_b31" INTEGER NOT NULL DEFAULT 0,
    "res_b32" INTEGER NOT NULL DEFAULT 0,
    "res_b33" INTEGER NOT NULL DEFAULT 0,
    "res_b34" INTEGER NOT NULL DEFAULT 0,
    "res_b35" INTEGER NOT NULL DEFAULT 0,
    "res_b36" INTEGER NOT NULL DEFAULT 0,
    "res_b37" INTEGER NOT NULL DEFAULT 0,
    "res_b38" INTEGER NOT NULL DEFAULT 0,
    "res_b39" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ticket_daily_stats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dashboard_refreshes" (
    "id" BIGSERIAL NOT NULL,
    "workspace_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dashboard_refreshes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ticket_daily_stats_day_idx" ON "ticket_daily_stats"("workspace_id", "day");

-- CreateIndex
CREATE INDEX "dashboard_refreshes_workspace_idx" ON "dashboard_refreshes"("workspace_id", "id");

-- CreateIndex
CREATE INDEX "tickets_first_response_idx" ON "tickets"("workspace_id", "first_response_at");

-- CreateIndex: closings without a resolution (merged duplicates, spam) leave the backlog too.
CREATE INDEX "tickets_closed_unresolved_idx" ON "tickets"("workspace_id", "closed_at") WHERE "resolved_at" IS NULL;

-- AddForeignKey
ALTER TABLE "ticket_daily_stats" ADD CONSTRAINT "ticket_daily_stats_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dashboard_refreshes" ADD CONSTRAINT "dashboard_refreshes_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Reopens recorded so far (RESOLVED back to an open status) become the ticket's reopen count.
UPDATE "tickets" t SET "reopen_count" = r.n
  FROM (SELECT "ticket_id", count(*)::int AS n FROM "ticket_events"
         WHERE "type" = 'STATUS_CHANGED' AND "from_value" = 'RESOLVED' AND "to_value" <> 'CLOSED'
         GROUP BY "ticket_id") r
 WHERE r."ticket_id" = t."id";

-- Function bodies spell their semicolons as octal escapes in E-strings: the migration engine
-- splits scripts at semicolons and cannot run a dollar-quoted body (as in the init migration).

-- Statement-level, so a bulk load (COPY of a million tickets) queues each day once, not per row.
-- A day is a date in the workspace's report zone on which one of the ticket's timestamps falls.
CREATE FUNCTION "queue_dashboard_refresh_on_insert_or_delete"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "dashboard_refreshes" ("workspace_id", "day")
  SELECT DISTINCT r."workspace_id", (s.at AT TIME ZONE w."report_time_zone")::date
    FROM "changed_rows" r
    JOIN "workspaces" w ON w."id" = r."workspace_id"
   CROSS JOIN LATERAL (VALUES (r."created_at"), (r."resolved_at"), (r."closed_at"), (r."first_response_at")) s(at)
   WHERE s.at IS NOT NULL\073
  RETURN NULL\073
END ';

-- Only changes a rollup reads queue days, those of the old and the new timestamps: the
-- timestamps, the dimensions, the reopen count, and the due times once their clock has stopped
-- (an open ticket's due time moves with every SLA refresh and is not reported).
CREATE FUNCTION "queue_dashboard_refresh_on_update"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "dashboard_refreshes" ("workspace_id", "day")
  SELECT DISTINCT s."workspace_id", (s.at AT TIME ZONE w."report_time_zone")::date
    FROM "new_rows" n
    JOIN "old_rows" o ON o."id" = n."id"
   CROSS JOIN LATERAL (VALUES
           (n."workspace_id", n."created_at"), (n."workspace_id", n."resolved_at"),
           (n."workspace_id", n."closed_at"), (n."workspace_id", n."first_response_at"),
           (o."workspace_id", o."created_at"), (o."workspace_id", o."resolved_at"),
           (o."workspace_id", o."closed_at"), (o."workspace_id", o."first_response_at")) s("workspace_id", at)
    JOIN "workspaces" w ON w."id" = s."workspace_id"
   WHERE s.at IS NOT NULL
     AND (n."workspace_id", n."created_at", n."resolved_at", n."closed_at", n."first_response_at",
          n."category_id", n."priority", n."kind", n."assignee_id", n."reopen_count",
          CASE WHEN n."resolved_at" IS NOT NULL THEN n."due_at" END,
          CASE WHEN n."first_response_at" IS NOT NULL THEN n."first_response_due_at" END)
         IS DISTINCT FROM
         (o."workspace_id", o."created_at", o."resolved_at", o."closed_at", o."first_response_at",
          o."category_id", o."priority", o."kind", o."assignee_id", o."reopen_count",
          CASE WHEN o."resolved_at" IS NOT NULL THEN o."due_at" END,
          CASE WHEN o."first_response_at" IS NOT NULL THEN o."first_response_due_at" END)\073
  RETURN NULL\073
END ';

CREATE TRIGGER "tickets_dashboard_insert" AFTER INSERT ON "tickets"
  REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT
  EXECUTE FUNCTION "queue_dashboard_refresh_on_insert_or_delete"();
CREATE TRIGGER "tickets_dashboard_delete" AFTER DELETE ON "tickets"
  REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT
  EXECUTE FUNCTION "queue_dashboard_refresh_on_insert_or_delete"();
CREATE TRIGGER "tickets_dashboard_update" AFTER UPDATE ON "tickets"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT
  EXECUTE FUNCTION "queue_dashboard_refresh_on_update"();

-- Every report day a workspace may have rows for: from a day before its first ticket (a zone
-- change moves days by one) to tomorrow in its zone.
CREATE FUNCTION "queue_dashboard_rebuild"("target" uuid) RETURNS void LANGUAGE sql AS E'
  INSERT INTO "dashboard_refreshes" ("workspace_id", "day")
  SELECT "target", g::date
    FROM "workspaces" w,
         generate_series(
           (SELECT (min(t."created_at") AT TIME ZONE w."report_time_zone")::date - 1 FROM "tickets" t WHERE t."workspace_id" = "target"),
           (now() AT TIME ZONE w."report_time_zone")::date + 1,
           interval ''1 day'') g
   WHERE w."id" = "target"
';

-- Report days move with the zone: every day is rebuilt under the new one. The old rows stay
-- until their day's rebuild replaces them, so the dashboard is never empty meanwhile.
CREATE FUNCTION "queue_dashboard_rebuild_on_zone_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "queue_dashboard_rebuild"(NEW."id")\073
  RETURN NULL\073
END ';

CREATE TRIGGER "workspaces_dashboard_zone" AFTER UPDATE OF "report_time_zone" ON "workspaces"
  FOR EACH ROW WHEN (OLD."report_time_zone" IS DISTINCT FROM NEW."report_time_zone")
  EXECUTE FUNCTION "queue_dashboard_rebuild_on_zone_change"();

-- The tickets loaded before this migration.
SELECT "queue_dashboard_rebuild"(w."id") FROM "workspaces" w;
