import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createTestCategory, createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { replyToTicket } from "../mutations/reply";
import { findTicketForActor } from "./detail";
import { listTimeline } from "./timeline";

async function ticketWithPeople() {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id, name: "Ann Agent" });
  const { actor: client } = await createUser({ workspaceId: workspace.id, name: "Carl Client" });
  const ticket = await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
  return { workspace, agent, client, ticket };
}

const post = (ticketNumber: number, body: string, isInternal = false) => ({ ticketNumber, body, isInternal, requestKey: randomUUID() });

describe("findTicketForActor", () => {
  it("shows staff the requester's email and a client only names", async () => {
    const { agent, client, ticket } = await ticketWithPeople();
    const forAgent = await findTicketForActor(agent, ticket.number);
    const forClient = await findTicketForActor(client, ticket.number);
    expect(forAgent && "ticket" in forAgent && forAgent.ticket.requester.email).toBe(client.email);
    expect(forClient && "ticket" in forClient && forClient.ticket.requester).toEqual({ id: client.userId, name: "Carl Client", email: null });
  });

  it("is null for another client's ticket and for every role of another workspace guessing numbers", async () => {
    const { workspace, ticket } = await ticketWithPeople();
    const { actor: otherClient } = await createUser({ workspaceId: workspace.id });
    expect(await findTicketForActor(otherClient, ticket.number)).toBeNull();

    const elsewhere = await createWorkspace();
    for (const role of ["CLIENT", "AGENT", "MANAGER", "ADMIN"] as const) {
      const { actor } = await createUser({ role, workspaceId: elsewhere.id });
      expect(await findTicketForActor(actor, ticket.number)).toBeNull();
      expect((await listTimeline(actor, ticket.id)).items).toEqual([]);
    }
  });

  it("answers a merged ticket with the number of the ticket it was merged into", async () => {
    const { workspace, agent, client, ticket } = await ticketWithPeople();
    const target = await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    await db.ticket.update({ where: { id: ticket.id }, data: { mergedIntoId: target.id } });
    expect(await findTicketForActor(agent, ticket.number)).toEqual({ redirectTo: target.number });
  });
});

describe("listTimeline", () => {
  it("merges replies, notes and changes oldest first, and never gives a client an internal note", async () => {
    const { workspace, agent, client, ticket } = await ticketWithPeople();
    const [before, after] = [
      await createTestCategory({ workspaceId: workspace.id, name: "Billing" }),
      await createTestCategory({ workspaceId: workspace.id, name: "Hardware" }),
    ];
    await replyToTicket(client, post(ticket.number, "It broke."));
    await replyToTicket(agent, post(ticket.number, "Secret: it is the cable.", true));
    await db.ticketEvent.create({
      data: { workspaceId: workspace.id, ticketId: ticket.id, actorId: agent.userId, type: "CATEGORY_CHANGED", fromValue: before.id, toValue: after.id },
    });
    await replyToTicket(agent, post(ticket.number, "Try another cable."));

    const staffView = await listTimeline(agent, ticket.id);
    expect(staffView.items.map((item) => (item.type === "comment" ? item.body : item.event))).toEqual([
      "It broke.",
      "Secret: it is the cable.",
      "CATEGORY_CHANGED",
      "Try another cable.",
    ]);
    expect(staffView.items[2]).toMatchObject({ from: "Billing", to: "Hardware", actorName: "Ann Agent" });
    expect(staffView.items[3]).toMatchObject({ author: { name: "Ann Agent", isStaff: true } });
    expect(staffView.hasEarlier).toBe(false);

    const clientView = await listTimeline(client, ticket.id);
    expect(clientView.items.some((item) => item.type === "comment" && item.isInternal)).toBe(false);
    expect(JSON.stringify(clientView)).not.toContain("Secret");
    expect(clientView.items).toHaveLength(3);
  });

  it("shows assignee changes by name and marks replies moved here by a merge", async () => {
    const { workspace, agent, client, ticket } = await ticketWithPeople();
    const source = await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    await db.ticketEvent.create({
      data: { workspaceId: workspace.id, ticketId: ticket.id, actorId: agent.userId, type: "ASSIGNEE_CHANGED", fromValue: null, toValue: agent.userId },
    });
    await db.comment.create({
      data: { workspaceId: workspace.id, ticketId: ticket.id, authorId: client.userId, body: "Same here.", mergedFromTicketId: source.id },
    });
    const { items } = await listTimeline(agent, ticket.id);
    expect(items).toMatchObject([
      { type: "event", event: "ASSIGNEE_CHANGED", from: null, to: "Ann Agent" },
      { type: "comment", mergedFromNumber: source.number, author: { isStaff: false } },
    ]);
  });
});
