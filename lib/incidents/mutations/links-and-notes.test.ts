import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { db } from "@/lib/test/db";
import { createTicket, createUser } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { linkIncidentTicket, linkIncidentTickets, unlinkIncidentTicket } from "./links";
import { FUTURE_NOTE_MESSAGE, addIncidentNote } from "./notes";

async function incidentWithTicket() {
  const { actor } = await createStaff();
  const incident = await declareTestIncident(actor);
  const ticket = await createTicket({ workspaceId: actor.workspaceId, requesterId: actor.userId });
  return { actor, incident, ticket };
}

const kindsOf = async (incidentId: string) =>
  (await db.incidentEvent.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } })).map((event) => [event.kind, event.metadata]);

describe("linking tickets to an incident", () => {
  it("links and unlinks a ticket by number, once, each with a timeline entry", async () => {
    const { actor, incident, ticket } = await incidentWithTicket();
    const link = { incidentNumber: incident.number, ticketNumber: ticket.number };
    expect(await linkIncidentTicket(actor, link)).toEqual({ changed: true });
    expect(await linkIncidentTicket(actor, link)).toEqual({ changed: false });
    expect(await db.incidentTicket.findMany({ where: { incidentId: incident.id } })).toEqual([
      expect.objectContaining({ ticketId: ticket.id, workspaceId: actor.workspaceId, linkedById: actor.userId }),
    ]);
    expect(await unlinkIncidentTicket(actor, link)).toEqual({ changed: true });
    expect(await unlinkIncidentTicket(actor, link)).toEqual({ changed: false });
    expect(await db.incidentTicket.count({ where: { incidentId: incident.id } })).toBe(0);
    expect((await kindsOf(incident.id)).slice(1)).toEqual([
      ["TICKET_LINKED", { ticketNumber: ticket.number }],
      ["TICKET_UNLINKED", { ticketNumber: ticket.number }],
    ]);
  });

  it("finds neither another workspace's ticket number nor another workspace's incident number", async () => {
    const { actor, incident, ticket } = await incidentWithTicket();
    const { actor: outsider } = await createStaff();
    await createTicket({ workspaceId: outsider.workspaceId, requesterId: outsider.userId });
    const { number: theirTicket } = await createTicket({ workspaceId: outsider.workspaceId, requesterId: outsider.userId });
    await expect(linkIncidentTicket(actor, { incidentNumber: incident.number, ticketNumber: theirTicket })).rejects.toThrow(NotFoundError);
    // The outsider has no incident at all: the actor's incident number is nothing to them.
    await expect(linkIncidentTicket(outsider, { incidentNumber: incident.number, ticketNumber: 1 })).rejects.toThrow(NotFoundError);
    await expect(unlinkIncidentTicket(outsider, { incidentNumber: incident.number, ticketNumber: 1 })).rejects.toThrow(NotFoundError);
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    await expect(linkIncidentTicket(client, { incidentNumber: incident.number, ticketNumber: ticket.number })).rejects.toThrow(NotFoundError);
    expect(await db.incidentTicket.count({ where: { incidentId: incident.id } })).toBe(0);
  });
});

describe("writing a note on an incident's timeline", () => {
  it("records it at the time it happened, which may be before it was written", async () => {
    const { actor, incident } = await incidentWithTicket();
    const occurredAt = new Date(Date.now() - 30 * 60_000);
    const { id } = await addIncidentNote(actor, { incidentNumber: incident.number, body: "14:02 deploy of v2.3 started", occurredAt });
    const note = await db.incidentEvent.findUniqueOrThrow({ where: { id } });
    expect(note).toMatchObject({ kind: "NOTE", actorId: actor.userId, body: "14:02 deploy of v2.3 started", occurredAt, workspaceId: actor.workspaceId });
    expect(note.createdAt.getTime()).toBeGreaterThan(occurredAt.getTime());
    const { id: now } = await addIncidentNote(actor, { incidentNumber: incident.number, body: "Rolled back." });
    const current = await db.incidentEvent.findUniqueOrThrow({ where: { id: now } });
    expect(current.occurredAt).toEqual(current.createdAt);
  });

  it("refuses a time in the future, and anyone but the workspace's staff", async () => {
    const { actor, incident } = await incidentWithTicket();
    const future = new Date(Date.now() + 60_000);
    await expect(addIncidentNote(actor, { incidentNumber: incident.number, body: "Later", occurredAt: future })).rejects.toThrow(FUTURE_NOTE_MESSAGE);
    await expect(addIncidentNote(actor, { incidentNumber: incident.number, body: "Later", occurredAt: future })).rejects.toThrow(ValidationError);
    const { actor: client } = await createUser({ workspaceId: actor.workspaceId });
    const { actor: outsider } = await createStaff();
    for (const someone of [client, outsider]) {
      await expect(addIncidentNote(someone, { incidentNumber: incident.number, body: "Hello" })).rejects.toThrow(NotFoundError);
    }
    expect(await db.incidentEvent.count({ where: { incidentId: incident.id, kind: "NOTE" } })).toBe(0);
  });
});

describe("linking several tickets at once", () => {
  it("links the new ones with an entry each and leaves those already linked", async () => {
    const { actor, incident, ticket } = await incidentWithTicket();
    const second = await createTicket({ workspaceId: actor.workspaceId, requesterId: actor.userId });
    await linkIncidentTicket(actor, { incidentNumber: incident.number, ticketNumber: ticket.number });
    const numbers = [ticket.number, second.number];
    expect(await linkIncidentTickets(actor, { incidentNumber: incident.number, ticketNumbers: numbers })).toEqual({ linked: 1, alreadyLinked: 1 });
    expect(await db.incidentTicket.count({ where: { incidentId: incident.id } })).toBe(2);
    expect((await kindsOf(incident.id)).slice(1)).toEqual([
      ["TICKET_LINKED", { ticketNumber: ticket.number }],
      ["TICKET_LINKED", { ticketNumber: second.number }],
    ]);
  });

  it("links none when one number is not a ticket of the workspace", async () => {
    const { actor, incident, ticket } = await incidentWithTicket();
    const { actor: outsider } = await createStaff();
    const foreign = await createTicket({ workspaceId: outsider.workspaceId, requesterId: outsider.userId, title: "Not yours" });
    const missing = Math.max(foreign.number, ticket.number) + 1;
    await expect(linkIncidentTickets(actor, { incidentNumber: incident.number, ticketNumbers: [ticket.number, missing] })).rejects.toThrow(`Ticket #${missing} was not found.`);
    expect(await db.incidentTicket.count({ where: { incidentId: incident.id } })).toBe(0);
    await expect(linkIncidentTickets(outsider, { incidentNumber: incident.number + 1, ticketNumbers: [foreign.number] })).rejects.toThrow(NotFoundError);
  });
});
