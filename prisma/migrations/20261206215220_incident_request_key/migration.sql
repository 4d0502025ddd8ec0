-- A declaration's Idempotency-Key (as a UUID) and its body's hash, as tickets keep theirs: a
-- monitoring system's retry finds the incident its first call declared. NULL keys never collide.

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "request_hash" CHAR(64),
ADD COLUMN     "request_key" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "incidents_request_key_key" ON "incidents"("workspace_id", "declared_by_id", "request_key");
