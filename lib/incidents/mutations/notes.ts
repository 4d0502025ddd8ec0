import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { AddIncidentNoteInput } from "../schemas";
import { loadIncidentForChange } from "./core";

export const FUTURE_NOTE_MESSAGE = "A note records what has happened: choose a time that is not in the future.";

/**
 * Staff add a hand-written entry to an incident's timeline at the time it happened, which may be
 * before they wrote it (or before the incident was declared), never after now.
 */
export function addIncidentNote(actor: Actor, input: AddIncidentNoteInput): Promise<{ id: string }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const now = new Date();
    const occurredAt = input.occurredAt ?? now;
    if (occurredAt.getTime() > now.getTime()) throw new ValidationError(FUTURE_NOTE_MESSAGE, { occurredAt: [FUTURE_NOTE_MESSAGE] });
    return tx.incidentEvent.create({
      data: { workspaceId: incident.workspaceId, incidentId: incident.id, actorId: actor.userId, kind: "NOTE", body: input.body, occurredAt, createdAt: now },
      select: { id: true },
    });
  });
}
