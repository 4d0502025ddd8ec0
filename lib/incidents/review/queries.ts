import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { INCIDENT_NOT_FOUND_MESSAGE, authorizeIncidents, incidentScope } from "../policy";

/**
 * The incident's status and version (the review decides when it may close) and its review:
 * written, skipped when `skipReason` is set, null when there is none yet. A NotFoundError for
 * anyone but its staff.
 */
export async function getIncidentReview(actor: Actor, incidentNumber: number) {
  authorizeIncidents(actor, "read");
  const incident = await dbFor(actor).incident.findFirst({
    where: { AND: [incidentScope(actor), { number: incidentNumber }] },
    select: {
      status: true,
      version: true,
      review: {
        select: {
          impact: true, rootCause: true, wentWell: true, wentBadly: true, skipReason: true, version: true, updatedAt: true,
          writtenBy: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!incident) throw new NotFoundError(INCIDENT_NOT_FOUND_MESSAGE);
  return incident;
}
