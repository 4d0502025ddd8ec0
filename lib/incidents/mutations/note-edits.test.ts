import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { db } from "@/lib/test/db";
import { createUser } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { NOTE_EDIT_WINDOW_MINUTES } from "../schemas";
import { FUTURE_NOTE_MESSAGE, NOTE_EDIT_WINDOW_CLOSED_MESSAGE, NOT_NOTE_AUTHOR_MESSAGE, addIncidentNote, editIncidentNote } from "./notes";

async function noted() {
  const { actor } = await createStaff();
  const incident = await declareTestIncident(actor);
  const occurredAt = new Date(Date.now() - 3_600_000);
  const note = await addIncidentNote(actor, { incidentNumber: incident.number, body: "Deploy of v2.3 started", occurredAt });
  return { actor, incident, note, occurredAt };
}

const noteRow = (id: string) => db.incidentEvent.findUniqueOrThrow({ where: { id }, include: { edits: { orderBy: { editedAt: "asc" } } } });

describe("editing a timeline note", () => {
  it("lets its author correct the text and time, keeping every earlier version", async () => {
    const { actor, incident, note, occurredAt } = await noted();
    const corrected = new Date(occurredAt.getTime() - 120_000);
    expect(await editIncidentNote(actor, { incidentNumber: incident.number, eventId: note.id, body: "Deploy of v2.4 started", occurredAt: corrected, revision: 0 })).toEqual({ changed: true });
    expect(await editIncidentNote(actor, { incidentNumber: incident.number, eventId: note.id, body: "Deploy of v2.4 started (canary)", revision: 1 })).toEqual({ changed: true });
    expect(await editIncidentNote(actor, { incidentNumber: incident.number, eventId: note.id, body: "Deploy of v2.4 started (canary)", revision: 2 })).toEqual({ changed: false });
    const row = await noteRow(note.id);
    expect(row).toMatchObject({ body: "Deploy of v2.4 started (canary)", occurredAt: corrected, editedAt: expect.any(Date) });
    expect(row.edits.map((edit) => [edit.body, edit.occurredAt, edit.editedById])).toEqual([
      ["Deploy of v2.3 started", occurredAt, actor.userId],
      ["Deploy of v2.4 started", corrected, actor.userId],
    ]);
    expect(await db.auditLog.count({ where: { action: "incident.note_edited", targetId: incident.id } })).toBe(2);
  });

  it("refuses anyone but the author, an edit after the window, a future time and an entry that is not a note", async () => {
    const { actor, incident, note } = await noted();
    const { actor: colleague } = await createStaff({ workspaceId: actor.workspaceId });
    const edit = { incidentNumber: incident.number, eventId: note.id, body: "Rewritten", revision: 0 };
    await expect(editIncidentNote(colleague, edit)).rejects.toThrow(NOT_NOTE_AUTHOR_MESSAGE);
    await expect(editIncidentNote(actor, { ...edit, occurredAt: new Date(Date.now() + 3_600_000) })).rejects.toThrow(FUTURE_NOTE_MESSAGE);
    const declared = await db.incidentEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "DECLARED" } });
    await expect(editIncidentNote(actor, { ...edit, eventId: declared.id })).rejects.toThrow(NotFoundError);
    await db.incidentEvent.update({ where: { id: note.id }, data: { createdAt: new Date(Date.now() - (NOTE_EDIT_WINDOW_MINUTES * 60 + 5) * 1000) } });
    await expect(editIncidentNote(actor, edit)).rejects.toThrow(NOTE_EDIT_WINDOW_CLOSED_MESSAGE);
    expect(await noteRow(note.id)).toMatchObject({ body: "Deploy of v2.3 started", editedAt: null, edits: [] });
  });

  it("lets only one of two edits of the same version through, at once or one after the other", async () => {
    const { actor, incident, note } = await noted();
    const results = await Promise.allSettled(
      ["First fix", "Second fix"].map((body) => editIncidentNote(actor, { incidentNumber: incident.number, eventId: note.id, body, revision: 0 })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")?.reason).toBeInstanceOf(ConflictError);
    expect((await noteRow(note.id)).edits).toHaveLength(1);
    await expect(editIncidentNote(actor, { incidentNumber: incident.number, eventId: note.id, body: "Third fix", revision: 0 })).rejects.toThrow(ConflictError);
  });

  it("answers clients and other workspaces' staff with not found", async () => {
    const { actor, incident, note } = await noted();
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    const { actor: outsider } = await createStaff();
    for (const someone of [client, outsider]) {
      await expect(editIncidentNote(someone, { incidentNumber: incident.number, eventId: note.id, body: "Mine now", revision: 0 })).rejects.toThrow(NotFoundError);
    }
  });
});
