import { ScrollText } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AuditPage } from "@/lib/audit/queries";
import type { AuditFilters } from "@/lib/audit/schemas";
import { AuditMetadata } from "./audit-metadata";
import { AuditTarget } from "./audit-target";

const FILTER_KEYS = ["actor", "action", "targetType", "targetId", "from", "to"] as const;

/** The page's URL with the same filters, at `after` (or the newest page without it). */
function auditHref(filters: AuditFilters, after?: string): Route {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (after) params.set("after", after);
  const query = params.toString();
  return (query ? `/admin/audit?${query}` : "/admin/audit") as Route;
}

/** Audit entries, newest first, with keyset paging that keeps the filters. */
export function AuditTable({ page, filters }: { page: AuditPage; filters: AuditFilters }) {
  if (page.entries.length === 0) {
    const isFiltered = FILTER_KEYS.some((key) => filters[key]);
    return (
      <EmptyState icon={ScrollText} title={filters.after ? "No older entries" : "No audit entries"}>
        {isFiltered ? "Nothing matches these filters." : "Changes in this workspace will be recorded here."}
      </EmptyState>
    );
  }
  const now = new Date();
  return (
    <div className="space-y-4">
      <DataTable
        caption="Audit log entries, newest first"
        columns={[
          { label: "Time" },
          { label: "Actor" },
          { label: "Action" },
          { label: "Target" },
          { label: "Details", className: "hidden lg:table-cell" },
          { label: "IP address", className: "hidden md:table-cell" },
        ]}
      >
        {page.entries.map((entry) => (
          <tr key={entry.id} className="align-top hover:bg-surface-muted/50">
            <td className="px-4 py-3 whitespace-nowrap text-fg-muted">
              <RelativeTime date={entry.createdAt} now={now} />
            </td>
            <td className="max-w-48 truncate px-4 py-3" title={entry.actor?.email}>
              {entry.actor?.name ?? <span className="text-fg-muted">System</span>}
            </td>
            <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{entry.action}</td>
            <td className="max-w-56 truncate px-4 py-3">
              <AuditTarget target={entry} />
            </td>
            <td className="hidden px-4 py-3 lg:table-cell">
              <AuditMetadata metadata={entry.metadata} />
            </td>
            <td className="hidden px-4 py-3 font-mono text-xs whitespace-nowrap md:table-cell">{entry.ip ?? "—"}</td>
          </tr>
        ))}
      </DataTable>
      <nav aria-label="Pages" className="flex justify-between">
        {filters.after ? (
          <Link href={auditHref(filters)} className={buttonClasses("secondary")}>
            Back to newest
          </Link>
        ) : <span />}
        {page.olderCursor && (
          <Link href={auditHref(filters, page.olderCursor)} className={buttonClasses("secondary")}>
            Older entries
          </Link>
        )}
      </nav>
    </div>
  );
}
