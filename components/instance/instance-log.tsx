import { ScrollText } from "lucide-react";
import { AuditMetadata } from "@/components/audit/audit-metadata";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { INSTANCE_LOG_LIMIT, type InstanceOverview } from "@/lib/instance/overview";
import { AuditEntryCells } from "@/components/audit/audit-entry-cells";

/** The instance log's newest entries: workspaces created and deleted, instance settings changed. */
export function InstanceLog({ entries }: { entries: InstanceOverview["log"] }) {
  if (entries.length === 0) {
    return (
      <EmptyState icon={ScrollText} title="No instance log entries">
        Workspaces created or deleted and changes to these settings will be recorded here.
      </EmptyState>
    );
  }
  const now = new Date();
  return (
    <div className="space-y-2">
      <DataTable caption="Instance log entries, newest first" columns={[{ label: "Time" }, { label: "Actor" }, { label: "Action" }, { label: "Details", className: "hidden md:table-cell" }]}>
        {entries.map((entry) => (
          <tr key={entry.id} className="align-top">
            <AuditEntryCells entry={entry} now={now} />
            <td className="hidden px-4 py-3 md:table-cell">
              <AuditMetadata metadata={entry.metadata} />
            </td>
          </tr>
        ))}
      </DataTable>
      {entries.length === INSTANCE_LOG_LIMIT && <p className="text-sm text-fg-muted">The newest {INSTANCE_LOG_LIMIT} entries.</p>}
    </div>
  );
}
