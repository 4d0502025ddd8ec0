import { Siren } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { WorkspaceLink } from "@/components/workspaces/workspace-link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { incidentReference } from "@/lib/incidents/labels";
import { listIncidentsForTicket, listLinkableIncidents } from "@/lib/incidents/queries";
import { IncidentSeverityBadge, IncidentStatusBadge } from "./incident-badges";
import { LinkToIncidentForm } from "./link-to-incident-form";

/**
 * The ticket page's incidents panel, for staff: the incidents this ticket is linked to with their
 * current status, a way to link it to another open one, and to declare one from it.
 */
export async function TicketIncidents({ actor, ticketNumber }: { actor: Actor; ticketNumber: number }) {
  const canManage = can(actor, "incidents.manage");
  const [incidents, linkable] = await Promise.all([listIncidentsForTicket(actor, ticketNumber), canManage ? listLinkableIncidents(actor) : []]);
  const linked = new Set(incidents.map((incident) => incident.number));
  return (
    <section aria-labelledby="ticket-incidents-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 id="ticket-incidents-heading" className="text-sm font-semibold">
        Incidents
      </h2>
      {incidents.length === 0 ? (
        <p className="text-sm text-fg-muted">Not part of an incident.</p>
      ) : (
        <ul className="space-y-2">
          {incidents.map((incident) => (
            <li key={incident.number} className="space-y-1 text-sm">
              <WorkspaceLink href={`/incidents/${incident.number}`} className="block font-medium break-words hover:underline">
                <span className="font-mono text-fg-muted">{incidentReference(incident.number)}</span> {incident.title}
              </WorkspaceLink>
              <span className="flex gap-1.5">
                <IncidentSeverityBadge severity={incident.severity} />
                <IncidentStatusBadge status={incident.status} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <div className="space-y-3 border-t border-border pt-3">
          <LinkToIncidentForm ticketNumbers={[ticketNumber]} incidents={linkable.filter((incident) => !linked.has(incident.number))} />
          <WorkspaceLink href={`/incidents/new?ticket=${ticketNumber}`} data-shortcut="declare-incident" className={buttonClasses("secondary", "w-full")}>
            <Siren aria-hidden className="size-4" /> Declare incident from this ticket
          </WorkspaceLink>
        </div>
      )}
    </section>
  );
}
