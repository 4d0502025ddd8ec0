import { IncidentStatusBadge } from "@/components/incidents/incident-badges";
import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getIncidentTimeZone } from "@/lib/incidents/queries";
import { getIncidentUpdateAudience, listIncidentUpdates } from "@/lib/incidents/updates/queries";
import { formatIncidentTime } from "@/lib/incidents/wall-time";
import { PostUpdateForm } from "./post-update-form";

/** The incident's status updates, newest first, and for staff who run it the form to post one. */
export async function IncidentUpdatesPanel({ incidentNumber }: { incidentNumber: number }) {
  const actor = await requireActor();
  const canManage = can(actor, "incidents.manage");
  const [updates, audience, timeZone] = await Promise.all([
    listIncidentUpdates(actor, incidentNumber),
    getIncidentUpdateAudience(actor, incidentNumber),
    getIncidentTimeZone(actor),
  ]);

  return (
    <section aria-labelledby="incident-updates-heading" className="space-y-3">
      <h2 id="incident-updates-heading" className="text-base font-semibold">
        Status updates
      </h2>
      {canManage && audience.status !== "CLOSED" && <PostUpdateForm incidentNumber={incidentNumber} audience={audience} />}
      {updates.length === 0 ? (
        <p className="text-sm text-fg-muted">No updates posted yet.</p>
      ) : (
        <ol className="space-y-3">
          {updates.map((update) => (
            <li key={update.id} className="space-y-2 rounded-lg border border-border bg-surface p-4 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={update.visibility === "PUBLIC" ? "blue" : "neutral"}>{update.visibility === "PUBLIC" ? "Public" : "Internal"}</Badge>
                <IncidentStatusBadge status={update.status} />
                <span className="text-fg-muted">
                  {update.author.name} · <time dateTime={update.createdAt.toISOString()}>{formatIncidentTime(update.createdAt, timeZone)}</time>
                </span>
              </div>
              <p className="break-words whitespace-pre-wrap">{update.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
