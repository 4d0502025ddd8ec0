import type { IncidentStatus, IncidentUpdateVisibility } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/test/db";

/** A status update inserted as posting one would store it (the posting flow is lib/incidents/updates). */
export function createStatusUpdate(options: {
  incident: { id: string; workspaceId: string; status?: IncidentStatus };
  authorId: string;
  visibility: IncidentUpdateVisibility;
  body?: string;
  status?: IncidentStatus;
  createdAt?: Date;
}) {
  return db.incidentStatusUpdate.create({
    data: {
      workspaceId: options.incident.workspaceId,
      incidentId: options.incident.id,
      authorId: options.authorId,
      visibility: options.visibility,
      status: options.status ?? options.incident.status ?? "INVESTIGATING",
      body: options.body ?? `Update ${crypto.randomUUID()}`,
      createdAt: options.createdAt,
    },
  });
}

/** Turns a workspace's status page on (or off). */
export function setStatusPage(workspaceId: string, isEnabled = true) {
  return db.workspace.update({ where: { id: workspaceId }, data: { statusPageEnabled: isEnabled } });
}
