import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const INCIDENT_NOT_FOUND_MESSAGE = "That incident was not found.";

/** The incidents an actor may see: their workspace's, for staff; none for anyone else. */
export function incidentScope(actor: Actor): Prisma.IncidentWhereInput {
  return can(actor, "incidents.read") ? { workspaceId: actor.workspaceId } : { id: { in: [] } };
}

/**
 * Throws unless the actor may do this with incidents. Someone who may not even read them gets a
 * NotFoundError (404), so nothing tells a client that incidents exist; a reader who may not run
 * them gets a ForbiddenError (403).
 */
export function authorizeIncidents(actor: Actor, need: "read" | "manage"): void {
  if (!can(actor, "incidents.read")) throw new NotFoundError(INCIDENT_NOT_FOUND_MESSAGE);
  if (need === "manage" && !can(actor, "incidents.manage")) throw new ForbiddenError("You cannot run incidents.");
}
