import { z } from "zod";

export const AUDIT_PAGE_SIZE = 50;

/** The kinds of record audit entries point at; each has its own link in the viewer. */
export const AUDIT_TARGET_TYPES = ["user", "ticket", "category", "workspace", "audit_log"] as const;

/** Action families offered in the filter: an action filter ending in "." matches the whole family. */
export const AUDIT_ACTION_PREFIXES = ["user.", "membership.", "ticket.", "category.", "workspace.", "audit_log."] as const;

// A filter that does not parse is dropped rather than failing the page: the URL is user input.
const optionalText = (max: number) =>
  z.string().trim().max(max).optional().catch(undefined).transform((value) => value || undefined);

const optionalDay = z.iso.date().optional().catch(undefined);

/** The audit log viewer's filters and position, all from the URL. Days are UTC. */
export const auditFiltersSchema = z.object({
  actor: optionalText(254).transform((value) => value?.toLowerCase()),
  action: optionalText(100),
  targetType: z.enum(AUDIT_TARGET_TYPES).optional().catch(undefined),
  targetId: optionalText(100),
  from: optionalDay,
  to: optionalDay,
  after: optionalText(200),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;
