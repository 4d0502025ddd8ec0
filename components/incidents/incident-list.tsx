import { DataTable } from "@/components/ui/data-table";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";
import { incidentReference } from "@/lib/incidents/labels";
import type { IncidentListItem } from "@/lib/incidents/queries";
import { formatIncidentTime } from "@/lib/incidents/wall-time";
import { IncidentSeverityBadge, IncidentStatusBadge } from "./incident-badges";

/** The incident table, newest declared first; paging and empty states belong to the caller. */
export function IncidentList({ incidents, timeZone }: { incidents: IncidentListItem[]; timeZone: string }) {
  return (
    <DataTable
      caption="Incidents, newest declared first"
      columns={[
        { label: "Incident" },
        { label: "Severity", className: "hidden sm:table-cell" },
        { label: "Status", className: "hidden sm:table-cell" },
        { label: "Commander", className: "hidden md:table-cell" },
        { label: "Tickets", className: "hidden lg:table-cell text-right" },
        { label: "Declared", className: "text-right" },
      ]}
    >
      {incidents.map((incident) => (
        <tr key={incident.id} className="hover:bg-surface-muted/50">
          <td className="w-full max-w-0 px-4 py-3">
            <WorkspaceLink href={`/incidents/${incident.number}`} className="block truncate font-medium hover:underline">
              <span className="font-mono text-fg-muted">{incidentReference(incident.number)}</span> {incident.title}
            </WorkspaceLink>
            {/* On narrow screens severity and status sit under the title instead of in columns. */}
            <div className="mt-1.5 flex items-center gap-2 sm:hidden">
              <IncidentSeverityBadge severity={incident.severity} />
              <IncidentStatusBadge status={incident.status} />
            </div>
          </td>
          <td className="hidden px-4 py-3 sm:table-cell">
            <IncidentSeverityBadge severity={incident.severity} />
          </td>
          <td className="hidden px-4 py-3 sm:table-cell">
            <IncidentStatusBadge status={incident.status} />
          </td>
          <td className="hidden px-4 py-3 whitespace-nowrap md:table-cell">{incident.commander.name}</td>
          <td className="hidden px-4 py-3 text-right text-fg-muted lg:table-cell">{incident._count.tickets}</td>
          <td className="px-4 py-3 text-right align-top text-xs whitespace-nowrap text-fg-muted sm:align-middle">
            <time dateTime={incident.declaredAt.toISOString()}>{formatIncidentTime(incident.declaredAt, timeZone)}</time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
