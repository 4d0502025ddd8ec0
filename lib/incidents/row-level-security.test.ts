import { describe, expect, it } from "vitest";
import { dbFor, transactionFor } from "@/lib/db";
import { db as superuser } from "@/lib/test/db";
import { createTicket } from "@/lib/test/factories";
import { createStaff, declareTestIncident } from "@/lib/test/incident-factories";

// The database's own isolation of incidents, through the app's connection, with statements that
// deliberately forget their workspace filter.

async function twoWorkspacesWithIncidents() {
  const { actor: alice } = await createStaff();
  const { actor: bob } = await createStaff();
  const ticket = await createTicket({ workspaceId: bob.workspaceId, requesterId: bob.userId });
  const theirs = await declareTestIncident(bob, { ticketNumbers: [ticket.number] });
  const mine = await declareTestIncident(alice);
  return { alice, bob, ticket, theirs, mine };
}

describe("row-level security on incidents", () => {
  it("shows an unfiltered statement only the incidents, timelines and links of its own workspace", async () => {
    const { alice, mine } = await twoWorkspacesWithIncidents();
    const scoped = dbFor({ workspaceId: alice.workspaceId });
    expect(await scoped.$queryRaw<{ id: string }[]>`SELECT id FROM incidents`).toEqual([{ id: mine.id }]);
    const events = await scoped.$queryRaw<{ incident_id: string }[]>`SELECT incident_id FROM incident_events`;
    expect(events.map((event) => event.incident_id)).toEqual([mine.id]);
    expect(await scoped.$queryRaw`SELECT ticket_id FROM incident_tickets`).toEqual([]);
  });

  it("refuses writing an incident, a timeline entry or a link into another workspace", async () => {
    const { alice, bob, ticket, theirs } = await twoWorkspacesWithIncidents();
    const inAlice = (work: Parameters<typeof transactionFor>[1]) => transactionFor({ workspaceId: alice.workspaceId }, work);
    await expect(inAlice((tx) => tx.incident.create({
      data: { workspaceId: bob.workspaceId, number: 99, title: "Smuggled", severity: "SEV4", commanderId: bob.userId, declaredById: bob.userId },
    }))).rejects.toThrow(/row-level security/);
    await expect(inAlice((tx) => tx.incidentEvent.create({
      data: { workspaceId: bob.workspaceId, incidentId: theirs.id, kind: "NOTE", body: "Smuggled", occurredAt: new Date() },
    }))).rejects.toThrow(/row-level security/);
    await expect(inAlice((tx) => tx.$executeRaw`UPDATE incidents SET title = 'Defaced' WHERE id = ${theirs.id}::uuid`)).resolves.toBe(0);
    expect(await superuser.incident.count({ where: { title: { in: ["Smuggled", "Defaced"] } } })).toBe(0);
    expect(await superuser.incidentEvent.count({ where: { body: "Smuggled" } })).toBe(0);
    expect(await superuser.incidentTicket.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it("keeps a link's incident and ticket in the link's workspace, whoever writes it", async () => {
    const { alice, ticket, mine } = await twoWorkspacesWithIncidents();
    // Even past the policies, the composite keys refuse a link across workspaces.
    await expect(superuser.incidentTicket.create({ data: { workspaceId: alice.workspaceId, incidentId: mine.id, ticketId: ticket.id } })).rejects.toThrow(/incident_tickets_ticket_id_workspace_id_fkey/);
    expect(await superuser.incidentTicket.count({ where: { incidentId: mine.id } })).toBe(0);
  });
});
