import { z } from "zod";
import { createdAtCursorField } from "@/lib/pagination/created-at-cursor";
import { queryField, queryText } from "@/lib/url-query";
import { daySchema } from "@/lib/validation/dates";

export const AUDIT_PAGE_SIZE = 50;

/** The kinds of record audit entries point at; each has its own link in the viewer. */
export const AUDIT_TARGET_TYPES = ["user", "invitation", "ticket", "category", "workspace", "audit_log"] as const;

/** Action families offered in the filter: an action filter ending in "." matches the whole family. */
export const AUDIT_ACTION_PREFIXES = ["user.", "membership.", "ticket.", "category.", "workspace.", "audit_log."] as const;

/**
 * The audit log viewer's filters and position, all from the URL. Days are UTC. The API parses it
 * strictly; the page reads it with parseQueryLeniently, dropping what does not parse.
 */
export const auditFiltersSchema = z.object({
  actor: queryText(254).transform((value) => value?.toLowerCase()),
  action: queryText(100),
  targetType: queryField(z.enum(AUDIT_TARGET_TYPES)),
  targetId: queryText(100),
  from: queryField(daySchema),
  to: queryField(daySchema),
  after: createdAtCursorField,
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;
