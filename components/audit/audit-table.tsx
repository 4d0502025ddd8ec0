import { ScrollText } from "lucide-react";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager } from "@/components/ui/keyset-pager";
import type { AuditPage } from "@/lib/audit/queries";
import type { AuditFilters } from "@/lib/audit/schemas";
import { AuditMetadata } from "./audit-metadata";
import { AuditTarget } from "./audit-target";
import { AuditEntryCells } from "./audit-entry-cells";

const FILTER_KEYS = ["actor", "action", "targetType", "targetId", "from", "to"] as const;

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
            <AuditEntryCells entry={entry} now={now} />
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
      <KeysetPager
        path="/admin/audit"
        filters={filters}
        keys={FILTER_KEYS}
        nextAfter={page.olderCursor}
        firstLabel="Back to newest"
        nextLabel="Older entries"
      />
    </div>
  );
}
