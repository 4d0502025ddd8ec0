"use client";

import { useTicketAction } from "@/components/tickets/use-ticket-action";
import type { IncidentSeverity, IncidentStatus } from "@/lib/generated/prisma/enums";
import { assignIncidentRoleAction, changeIncidentSeverityAction, changeIncidentStatusAction } from "@/lib/incidents/actions";
import { INCIDENT_STATUS_LABELS, SEVERITIES, allowedTransitions } from "@/lib/incidents/labels";
import type { IncidentRole } from "@/lib/incidents/schemas";
import { ApplySelect } from "./apply-select";

export type IncidentControlsProps = {
  incidentNumber: number;
  /** The version the page shows; a change made on an older one is refused and the page refreshed. */
  version: number;
  status: IncidentStatus;
  severity: IncidentSeverity;
  severityDescriptions: Record<IncidentSeverity, string>;
  commanderId: string;
  communicationsLeadId: string | null;
  agents: { id: string; name: string }[];
  currentUserId: string;
};

const NOBODY = "";

/** Status, severity, commander and communications lead: each saved with its own button. */
export function IncidentControls(props: IncidentControlsProps) {
  const { incidentNumber, version, status, severity, agents, currentUserId } = props;
  const { isPending, run } = useTicketAction();
  const people = agents.map((agent) => ({ value: agent.id, label: agent.id === currentUserId ? `${agent.name} (me)` : agent.name }));
  const statusOptions = [status, ...allowedTransitions(status)].map((value) => ({ value, label: INCIDENT_STATUS_LABELS[value] }));
  const assign = (role: IncidentRole, userId: string | null) =>
    run(() => assignIncidentRoleAction({ incidentNumber, version, role, userId }), () => (userId ? "Role handed over." : "Communications lead cleared."));

  return (
    <section aria-labelledby="incident-controls-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 id="incident-controls-heading" className="text-sm font-semibold">
        Response
      </h2>
      <ApplySelect
        label="Status"
        shortcut="status"
        value={status}
        options={statusOptions}
        buttonLabel="Set"
        isPending={isPending}
        hint={status === "RESOLVED" ? "Closed once the review is written." : undefined}
        onApply={(value) =>
          run(() => changeIncidentStatusAction({ incidentNumber, version, status: value as IncidentStatus }), () => `Status set to ${INCIDENT_STATUS_LABELS[value as IncidentStatus]}.`)
        }
      />
      <ApplySelect
        label="Severity"
        value={severity}
        options={SEVERITIES.map((value) => ({ value, label: value }))}
        buttonLabel="Set"
        isPending={isPending}
        hint={props.severityDescriptions[severity]}
        onApply={(value) => run(() => changeIncidentSeverityAction({ incidentNumber, version, severity: value as IncidentSeverity }), () => `Severity set to ${value}.`)}
      />
      <ApplySelect
        label="Commander"
        value={props.commanderId}
        options={people.some((person) => person.value === props.commanderId) ? people : [{ value: props.commanderId, label: "Former staff member" }, ...people]}
        buttonLabel="Hand over"
        isPending={isPending}
        onApply={(value) => assign("commander", value)}
      />
      <ApplySelect
        label="Communications lead"
        value={props.communicationsLeadId ?? NOBODY}
        options={[{ value: NOBODY, label: "Nobody" }, ...people]}
        buttonLabel="Assign"
        isPending={isPending}
        onApply={(value) => assign("communications_lead", value === NOBODY ? null : value)}
      />
    </section>
  );
}
