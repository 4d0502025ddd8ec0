-- Search matches a half-typed word as a lexeme prefix on the full-text index now
-- (lib/tickets/search/sql.ts), so the title trigram index only cost every ticket write.
-- DropIndex
DROP INDEX "tickets_title_trgm_idx";
