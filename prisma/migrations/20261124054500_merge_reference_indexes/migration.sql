-- Deleting a ticket checks the two foreign keys that may point at it from a merge. Without an
-- index each check read every ticket or every comment (about 100 ms per deleted ticket at 1M).
-- Partial: only merged rows carry the column, so both indexes stay a few pages.
CREATE INDEX "tickets_merged_into_idx" ON "tickets" ("merged_into_id") WHERE "merged_into_id" IS NOT NULL;
CREATE INDEX "comments_merged_from_ticket_idx" ON "comments" ("merged_from_ticket_id") WHERE "merged_from_ticket_id" IS NOT NULL;
