import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { IncidentControls } from "@/components/incidents/incident-controls";
import { IncidentHeader } from "@/components/incidents/incident-header";
import { IncidentResponders } from "@/components/incidents/incident-responders";
import { IncidentTickets } from "@/components/incidents/incident-tickets";
import { IncidentTimeline } from "@/components/incidents/incident-timeline";
import { IncidentTimestamps } from "@/components/incidents/incident-timestamps";
import { NoteForm } from "@/components/incidents/note-form";
import { IncidentReviewPanel } from "@/components/incidents/review/incident-review-panel";
import { IncidentTasksPanel } from "@/components/incidents/tasks/incident-tasks-panel";
import { IncidentUpdatesPanel } from "@/components/incidents/updates/incident-updates-panel";
import { Skeleton } from "@/components/ui/skeleton";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { incidentReference } from "@/lib/incidents/labels";
import { getIncident, getIncidentTimeZone, getSeverityDescriptions } from "@/lib/incidents/queries";
import { listAssignableAgents } from "@/lib/tickets/assignees";
import { ticketNumberParamSchema } from "@/lib/tickets/schemas";

type Props = { params: Promise<{ number: string }> };

/** The incident for the URL; a malformed number, another workspace's incident or a client is a 404. */
async function loadIncident(actor: Actor, params: Props["params"]) {
  if (!can(actor, "incidents.read")) notFound();
  const number = ticketNumberParamSchema.safeParse((await params).number);
  if (!number.success) notFound();
  try {
    return await getIncident(actor, number.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const incident = await loadIncident(await requireActor(), params);
  return { title: `${incidentReference(incident.number)} ${incident.title}` };
}

// No loading.tsx here or above: the lookup resolves before anything streams, so an incident that
// is missing or not the actor's is a real HTTP 404.
export default async function IncidentPage({ params }: Props) {
  const actor = await requireActor();
  const incident = await loadIncident(actor, params);
  const canManage = can(actor, "incidents.manage");
  const [timeZone, agents, severityDescriptions] = await Promise.all([
    getIncidentTimeZone(actor),
    listAssignableAgents(actor),
    getSeverityDescriptions(actor),
  ]);
  const people = [incident.commander, incident.declaredBy, ...(incident.communicationsLead ? [incident.communicationsLead] : []), ...incident.responders.map((r) => r.user), ...agents];
  const names = new Map(people.map((person) => [person.id, person.name]));

  return (
    <div className="space-y-6">
      <IncidentHeader incident={incident} />
      {/* Main column: what happened (the timeline, and the work panels' status updates and review);
          side column: who runs it and what it touches (the work panels' tasks sit under the tickets). */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div id="incident-main" className="min-w-0 space-y-6">
          <section aria-labelledby="timeline-heading" className="space-y-3">
            <h2 id="timeline-heading" className="text-base font-semibold">
              Timeline
            </h2>
            <IncidentTimeline
              incidentNumber={incident.number}
              timeline={incident.timeline}
              isTruncated={incident.timelineTruncated}
              timeZone={timeZone}
              names={names}
              currentUserId={actor.userId}
              canManage={canManage}
              now={new Date()}
            />
            {canManage && <NoteForm incidentNumber={incident.number} timeZone={timeZone} />}
          </section>
          <Suspense fallback={<Skeleton className="h-48" />}>
            <IncidentUpdatesPanel incidentNumber={incident.number} />
          </Suspense>
          <Suspense fallback={<Skeleton className="h-48" />}>
            <IncidentReviewPanel incidentNumber={incident.number} />
          </Suspense>
        </div>
        <aside id="incident-side" aria-label="Incident details" className="min-w-0 space-y-4">
          {canManage ? (
            <IncidentControls
              incidentNumber={incident.number}
              version={incident.version}
              status={incident.status}
              severity={incident.severity}
              severityDescriptions={severityDescriptions}
              commanderId={incident.commander.id}
              communicationsLeadId={incident.communicationsLead?.id ?? null}
              agents={agents}
              currentUserId={actor.userId}
            />
          ) : (
            <dl className="rounded-lg border border-border bg-surface p-4 text-sm">
              <dt className="text-fg-muted">Commander</dt>
              <dd className="mb-2">{incident.commander.name}</dd>
              <dt className="text-fg-muted">Communications lead</dt>
              <dd>{incident.communicationsLead?.name ?? "Nobody"}</dd>
            </dl>
          )}
          <IncidentTimestamps incident={incident} timeZone={timeZone} />
          <IncidentResponders incidentNumber={incident.number} responders={incident.responders} agents={agents} canManage={canManage} />
          <IncidentTickets incidentNumber={incident.number} tickets={incident.tickets} canManage={canManage} />
          <Suspense fallback={<Skeleton className="h-40" />}>
            <IncidentTasksPanel incidentNumber={incident.number} />
          </Suspense>
        </aside>
      </div>
    </div>
  );
}
