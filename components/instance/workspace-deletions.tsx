import { Trash2 } from "lucide-react";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { InstanceOverview } from "@/lib/instance/overview";

const count = new Intl.NumberFormat("en-US");

/** Workspaces an admin deleted whose rows the background job is still removing, with its progress. */
export function WorkspaceDeletions({ deletions }: { deletions: InstanceOverview["deletions"] }) {
  if (deletions.length === 0) {
    return (
      <EmptyState icon={Trash2} title="No workspace is being deleted">
        When an admin deletes a workspace, its removal shows here until its last row is gone.
      </EmptyState>
    );
  }
  const now = new Date();
  return (
    <DataTable
      caption="Workspaces being deleted, oldest request first"
      columns={[{ label: "Workspace" }, { label: "Deleted" }, { label: "Rows removed", className: "text-right" }, { label: "Tickets left", className: "text-right" }]}
    >
      {deletions.map((deletion) => (
        <tr key={deletion.id}>
          <td className="px-4 py-3">
            <span className="font-medium">{deletion.name}</span> <span className="text-fg-muted">/w/{deletion.slug}</span>
          </td>
          <td className="px-4 py-3 whitespace-nowrap text-fg-muted">
            <RelativeTime date={deletion.requestedAt} now={now} />
          </td>
          <td className="px-4 py-3 text-right tabular-nums">{count.format(deletion.rowsRemoved)}</td>
          <td className="px-4 py-3 text-right tabular-nums">{count.format(deletion.ticketsLeft)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
