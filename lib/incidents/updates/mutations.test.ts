import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { emailsTo, setPreferences } from "@/lib/notifications/test-support";
import { db } from "@/lib/test/db";
import { createTicket, createUser } from "@/lib/test/factories";
import { getStatusPage } from "@/lib/status-page";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";
import { setStatusPage } from "@/lib/test/status-page-factories";
import { CLOSE_UNRESOLVED_MESSAGE } from "../workflow";
import { postIncidentUpdate } from "./mutations";
import { getIncidentUpdateAudience, listIncidentUpdates } from "./queries";
import { RESOLVE_NEEDS_PUBLIC_MESSAGE, postIncidentUpdateSchema } from "./schemas";

/** An incident linking three tickets: two filed by one client, one by another. */
async function incidentWithRequesters() {
  const { actor } = await createStaff();
  const { actor: alice } = await createUser({ workspaceId: actor.workspaceId });
  const { actor: bob } = await createUser({ workspaceId: actor.workspaceId });
  const tickets = [
    await createTicket({ workspaceId: actor.workspaceId, requesterId: alice.userId, title: "Mail bounces" }),
    await createTicket({ workspaceId: actor.workspaceId, requesterId: alice.userId, title: "Cannot send invoices", status: "OPEN" }),
    await createTicket({ workspaceId: actor.workspaceId, requesterId: bob.userId, title: "No mail since noon", status: "IN_PROGRESS" }),
  ];
  const incident = await declareTestIncident(actor, { ticketNumbers: tickets.map((ticket) => ticket.number) });
  return { actor, alice, bob, tickets, incident };
}

const update = (incidentNumber: number, overrides: Partial<Parameters<typeof postIncidentUpdate>[1]> = {}) => ({
  incidentNumber, version: 1, body: "The mail relay is failing over.", status: "INVESTIGATING" as const, visibility: "PUBLIC" as const,
  resolveLinkedTickets: false, ...overrides,
});

describe("posting a public status update", () => {
  it("replies on every linked ticket and emails each requester once, naming only their own tickets", async () => {
    const { actor, alice, bob, tickets, incident } = await incidentWithRequesters();
    const posted = await postIncidentUpdate(actor, update(incident.number));
    expect(posted).toMatchObject({ version: 1, ticketsReplied: 3, requestersEmailed: 2, ticketsResolved: 0 });
    const replies = await db.comment.findMany({ where: { ticketId: { in: tickets.map((ticket) => ticket.id) } } });
    expect(replies).toHaveLength(3);
    for (const reply of replies) expect(reply).toMatchObject({ authorId: actor.userId, isInternal: false, body: "The mail relay is failing over." });
    expect(await db.ticket.findMany({ where: { id: { in: tickets.map((ticket) => ticket.id) } }, select: { version: true, firstResponseAt: true } }))
      .toEqual(tickets.map(() => ({ version: 2, firstResponseAt: expect.any(Date) })));
    const [toAlice, ...moreToAlice] = await emailsTo(alice.email, "incident-update-posted");
    expect(moreToAlice).toEqual([]);
    expect(toAlice?.subject).toBe(`Update on your requests #${tickets[0]!.number}, #${tickets[1]!.number}: investigating`);
    expect(toAlice?.text).toContain("The mail relay is failing over.");
    expect(toAlice?.text).not.toContain("No mail since noon");
    expect(toAlice?.text).not.toContain("Mail server is down");
    const [toBob] = await emailsTo(bob.email, "incident-update-posted");
    expect(toBob?.subject).toBe(`Update on your request #${tickets[2]!.number}: No mail since noon: investigating`);
    const events = await db.incidentEvent.findMany({ where: { incidentId: incident.id, kind: "UPDATE_POSTED" } });
    expect(events).toEqual([expect.objectContaining({ actorId: actor.userId, body: "The mail relay is failing over.", metadata: { updateId: posted.id, status: "INVESTIGATING", visibility: "PUBLIC" } })]);
    expect(await db.auditLog.count({ where: { action: "incident.update_posted", targetId: incident.id } })).toBe(1);
  });

  it("emails no requester who turned ticket updates off, and not the poster on their own ticket", async () => {
    const { actor, alice, bob, incident } = await incidentWithRequesters();
    await setPreferences(alice, { notifyOwnTicketUpdates: false });
    const own = await createTicket({ workspaceId: actor.workspaceId, requesterId: actor.userId });
    await db.incidentTicket.create({ data: { workspaceId: actor.workspaceId, incidentId: incident.id, ticketId: own.id } });
    expect(await getIncidentUpdateAudience(actor, incident.number)).toEqual({
      status: "INVESTIGATING", version: 1, ticketCount: 4, requesterCount: 1, unresolvedTicketCount: 4,
    });
    expect((await postIncidentUpdate(actor, update(incident.number))).requestersEmailed).toBe(1);
    expect(await emailsTo(alice.email)).toEqual([]);
    expect(await emailsTo(actor.email)).toEqual([]);
    expect(await emailsTo(bob.email, "incident-update-posted")).toHaveLength(1);
  });

  it("reaches hundreds of linked tickets in one go", async () => {
    const { actor, incident } = await incidentWithRequesters();
    const { actor: carol } = await createUser({ workspaceId: actor.workspaceId });
    const { ticketNumber } = await db.workspace.update({ where: { id: actor.workspaceId }, data: { ticketNumber: { increment: 300 } }, select: { ticketNumber: true } });
    await db.ticket.createMany({
      data: Array.from({ length: 300 }, (_, index) => ({
        workspaceId: actor.workspaceId, number: ticketNumber - index, title: `Bounce ${index}`, description: "Bounced.", requesterId: carol.userId,
      })),
    });
    const many = await db.ticket.findMany({ where: { requesterId: carol.userId }, select: { id: true } });
    await db.incidentTicket.createMany({ data: many.map((ticket) => ({ workspaceId: actor.workspaceId, incidentId: incident.id, ticketId: ticket.id })) });
    expect(await postIncidentUpdate(actor, update(incident.number, { status: "RESOLVED", resolveLinkedTickets: true }))).toMatchObject({
      ticketsReplied: 303, requestersEmailed: 3, ticketsResolved: 303,
    });
    const [toCarol] = await emailsTo(carol.email, "incident-update-posted");
    expect(toCarol?.subject).toBe("Update on 300 of your requests: resolved");
    expect(await db.ticket.count({ where: { requesterId: carol.userId, status: "RESOLVED" } })).toBe(300);
  }, 60_000);
});

describe("a public update and the status page", () => {
  it("emails the confirmed subscribers, not the unconfirmed, and the page shows it at once", async () => {
    const { actor, incident } = await incidentWithRequesters();
    await setStatusPage(actor.workspaceId);
    const confirmed = `confirmed-${crypto.randomUUID()}@example.com`;
    const pending = `pending-${crypto.randomUUID()}@example.com`;
    await db.statusPageSubscriber.createMany({
      data: [
        { workspaceId: actor.workspaceId, email: confirmed, confirmedAt: new Date(), unsubscribeTokenHash: crypto.randomUUID() },
        { workspaceId: actor.workspaceId, email: pending, unsubscribeTokenHash: crypto.randomUUID() },
      ],
    });
    expect(await getStatusPage(actor.workspaceSlug)).toMatchObject({ current: [] });

    await postIncidentUpdate(actor, update(incident.number, { visibility: "INTERNAL", body: "Staff only." }));
    expect(await emailsTo(confirmed)).toEqual([]);
    await postIncidentUpdate(actor, update(incident.number));

    const [toSubscriber, ...more] = await emailsTo(confirmed, "status-page-update");
    expect(more).toEqual([]);
    expect(toSubscriber?.text).toContain("The mail relay is failing over.");
    expect(await emailsTo(pending)).toEqual([]);
    const page = await getStatusPage(actor.workspaceSlug);
    expect(page?.current.map((shown) => shown.statusUpdates.map((posted) => posted.body))).toEqual([["The mail relay is failing over."]]);
  });
});

describe("posting an internal status update", () => {
  it("stays on the incident: no reply on the tickets, no email", async () => {
    const { actor, alice, tickets, incident } = await incidentWithRequesters();
    expect(await postIncidentUpdate(actor, update(incident.number, { visibility: "INTERNAL" }))).toMatchObject({ ticketsReplied: 0, requestersEmailed: 0 });
    expect(await db.comment.count({ where: { ticketId: { in: tickets.map((ticket) => ticket.id) } } })).toBe(0);
    expect(await emailsTo(alice.email)).toEqual([]);
    expect(await listIncidentUpdates(actor, incident.number)).toEqual([
      expect.objectContaining({ visibility: "INTERNAL", status: "INVESTIGATING", author: { id: actor.userId, name: actor.name } }),
    ]);
  });
});

describe("the status an update announces", () => {
  it("moves the incident there with its own timeline entry and version", async () => {
    const { actor, incident } = await incidentWithRequesters();
    expect((await postIncidentUpdate(actor, update(incident.number, { status: "IDENTIFIED", visibility: "INTERNAL" }))).version).toBe(2);
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "IDENTIFIED", version: 2, acknowledgedAt: expect.any(Date) });
    expect(await db.incidentEvent.count({ where: { incidentId: incident.id, kind: "STATUS_CHANGED" } })).toBe(1);
  });

  it("refuses a move the workflow refuses, and a stale version, posting nothing", async () => {
    const { actor, alice, incident } = await incidentWithRequesters();
    await expect(postIncidentUpdate(actor, update(incident.number, { status: "CLOSED" }))).rejects.toThrow(CLOSE_UNRESOLVED_MESSAGE);
    await expect(postIncidentUpdate(actor, update(incident.number, { status: "CLOSED" }))).rejects.toThrow(ValidationError);
    await expect(postIncidentUpdate(actor, update(incident.number, { version: 2 }))).rejects.toThrow(ConflictError);
    expect(await db.incidentStatusUpdate.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await emailsTo(alice.email)).toEqual([]);
  });
});

describe("resolving with the linked tickets", () => {
  it("resolves the tickets still being worked on through the tickets' own change, a new one through open", async () => {
    const { actor, alice, bob, tickets, incident } = await incidentWithRequesters();
    const done = await createTicket({ workspaceId: actor.workspaceId, requesterId: bob.userId, status: "CLOSED" });
    await db.incidentTicket.create({ data: { workspaceId: actor.workspaceId, incidentId: incident.id, ticketId: done.id } });
    const posted = await postIncidentUpdate(actor, update(incident.number, { status: "RESOLVED", body: "Mail flows again.", resolveLinkedTickets: true }));
    expect(posted).toMatchObject({ ticketsResolved: 3, ticketsReplied: 4, version: 2 });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "RESOLVED", resolvedAt: expect.any(Date) });
    const after = await db.ticket.findMany({ where: { id: { in: [...tickets, done].map((ticket) => ticket.id) } }, orderBy: { number: "asc" } });
    expect(after.map((ticket) => ticket.status)).toEqual(["RESOLVED", "RESOLVED", "RESOLVED", "CLOSED"]);
    const events = await db.ticketEvent.findMany({ where: { ticketId: tickets[0]!.id, type: "STATUS_CHANGED" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.fromValue, event.toValue])).toEqual([["NEW", "OPEN"], ["OPEN", "RESOLVED"]]);
    expect(await db.auditLog.count({ where: { action: "ticket.status_changed", targetId: { in: tickets.map((ticket) => ticket.id) } } })).toBe(4);
    expect(await emailsTo(alice.email, "ticket-status-changed")).toHaveLength(2);
    expect(await emailsTo(bob.email, "incident-update-posted")).toHaveLength(1);
  });

  it("asks for a public update announcing resolved", () => {
    const parsed = postIncidentUpdateSchema.safeParse({ ...update(1, { status: "RESOLVED", visibility: "INTERNAL", resolveLinkedTickets: true }) });
    expect(parsed.success ? null : parsed.error.issues.map((issue) => issue.message)).toEqual([RESOLVE_NEEDS_PUBLIC_MESSAGE]);
    expect(postIncidentUpdateSchema.safeParse(update(1, { resolveLinkedTickets: true })).success).toBe(false);
  });
});

describe("who may post and read updates", () => {
  it("answers clients and other workspaces' staff with not found, and posts nothing", async () => {
    const { actor, alice } = await incidentWithRequesters();
    const incident = await declareTestIncident(actor, { title: "Second outage" });
    const { actor: outsider } = await createStaff();
    await declareTestIncident(outsider);
    const attempts = (someone: Actor) => [
      () => postIncidentUpdate(someone, update(incident.number)),
      () => listIncidentUpdates(someone, incident.number),
      () => getIncidentUpdateAudience(someone, incident.number),
    ];
    for (const someone of [alice, outsider]) {
      for (const attempt of attempts(someone)) await expect(attempt()).rejects.toThrow(NotFoundError);
    }
    expect(await db.incidentStatusUpdate.count({ where: { incidentId: incident.id } })).toBe(0);
  });
});
