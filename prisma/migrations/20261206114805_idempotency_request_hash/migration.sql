-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "request_hash" CHAR(64);

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "request_hash" CHAR(64);
