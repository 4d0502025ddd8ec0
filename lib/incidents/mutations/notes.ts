import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { type AddIncidentNoteInput, type EditIncidentNoteInput, NOTE_EDIT_WINDOW_MINUTES } from "../schemas";
import { loadIncidentForChange } from "./core";

export const FUTURE_NOTE_MESSAGE = "A note records what has happened: choose a time that is not in the future.";

function refuseFuture(occurredAt: Date, now: Date) {
  if (occurredAt.getTime() > now.getTime()) throw new ValidationError(FUTURE_NOTE_MESSAGE, { occurredAt: [FUTURE_NOTE_MESSAGE] });
}

/**
 * Staff add a hand-written entry to an incident's timeline at the time it happened, which may be
 * before they wrote it (or before the incident was declared), never after now.
 */
export function addIncidentNote(actor: Actor, input: AddIncidentNoteInput): Promise<{ id: string }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const now = new Date();
    const occurredAt = input.occurredAt ?? now;
    refuseFuture(occurredAt, now);
    return tx.incidentEvent.create({
      data: { workspaceId: incident.workspaceId, incidentId: incident.id, actorId: actor.userId, kind: "NOTE", body: input.body, occurredAt, createdAt: now },
      select: { id: true },
    });
  });
}

export const NOTE_NOT_FOUND_MESSAGE = "That note was not found.";
export const NOT_NOTE_AUTHOR_MESSAGE = "Only the person who wrote a note can edit it.";
export const NOTE_EDIT_WINDOW_CLOSED_MESSAGE = `A note can be corrected for ${NOTE_EDIT_WINDOW_MINUTES} minutes after it was written. Add a new note instead.`;
export const NOTE_EDITED_MEANWHILE_MESSAGE = "This note was edited meanwhile. Here is its current text; edit it again if your change still applies.";

const EDIT_WINDOW_MS = NOTE_EDIT_WINDOW_MINUTES * 60_000;

/**
 * A note's author corrects its text or time within NOTE_EDIT_WINDOW_MINUTES of writing it (the
 * time stays as it was when none is given). The earlier version is kept as an incident_event_edits
 * row, the note is marked edited, and the audit log records it. An edit made on a text that has
 * changed since the author opened it (in another tab, or at the same moment) is refused, never lost.
 */
export function editIncidentNote(actor: Actor, input: EditIncidentNoteInput, context?: RequestContext): Promise<{ changed: boolean }> {
  return transactionFor(actor, async (tx) => {
    const incident = await loadIncidentForChange(tx, actor, input.incidentNumber);
    const note = await tx.incidentEvent.findFirst({
      where: { id: input.eventId, incidentId: incident.id, kind: "NOTE" },
      select: { id: true, actorId: true, body: true, occurredAt: true, createdAt: true, editedAt: true, _count: { select: { edits: true } } },
    });
    if (!note) throw new NotFoundError(NOTE_NOT_FOUND_MESSAGE);
    if (note.actorId !== actor.userId) throw new ForbiddenError(NOT_NOTE_AUTHOR_MESSAGE);
    const now = new Date();
    if (now.getTime() - note.createdAt.getTime() > EDIT_WINDOW_MS) throw new ForbiddenError(NOTE_EDIT_WINDOW_CLOSED_MESSAGE);
    if (note._count.edits !== input.revision) throw new ConflictError(NOTE_EDITED_MEANWHILE_MESSAGE);
    const occurredAt = input.occurredAt ?? note.occurredAt;
    refuseFuture(occurredAt, now);
    if (note.body === input.body && note.occurredAt.getTime() === occurredAt.getTime()) return { changed: false };
    const { count } = await tx.incidentEvent.updateMany({
      where: { id: note.id, editedAt: note.editedAt },
      data: { body: input.body, occurredAt, editedAt: now },
    });
    if (count === 0) throw new ConflictError(NOTE_EDITED_MEANWHILE_MESSAGE);
    await tx.incidentEventEdit.create({
      data: { workspaceId: incident.workspaceId, eventId: note.id, body: note.body, occurredAt: note.occurredAt, editedById: actor.userId, editedAt: now },
    });
    await recordAudit(tx, {
      workspaceId: incident.workspaceId,
      actorId: actor.userId,
      action: "incident.note_edited",
      targetType: "incident",
      targetId: incident.id,
      metadata: { number: incident.number, eventId: note.id },
      context,
    });
    return { changed: true };
  });
}
