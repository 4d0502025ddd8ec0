import { describe, expect, it } from "vitest";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { listTicketsForActor } from "./list";
import { TICKET_PAGE_SIZE } from "../schemas";

async function workspaceWithPeople() {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ role: "CLIENT", workspaceId: workspace.id });
  const { actor: otherClient } = await createUser({ role: "CLIENT", workspaceId: workspace.id });
  return { workspace, agent, client, otherClient };
}

describe("listTicketsForActor", () => {
  it("shows staff every ticket of their workspace and nothing of another", async () => {
    const { workspace, agent, client, otherClient } = await workspaceWithPeople();
    const stranger = await createUser({ role: "CLIENT" });
    await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    await createTicket({ workspaceId: workspace.id, requesterId: otherClient.userId });
    await createTicket({ workspaceId: stranger.actor.workspaceId, requesterId: stranger.user.id });

    const page = await listTicketsForActor(agent, {});
    expect(page.tickets).toHaveLength(2);
    expect(page.tickets.every((ticket) => ticket.requester.name !== stranger.user.name)).toBe(true);
  });

  it("shows a client only the tickets they requested", async () => {
    const { workspace, client, otherClient } = await workspaceWithPeople();
    const own = await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    await createTicket({ workspaceId: workspace.id, requesterId: otherClient.userId });

    const page = await listTicketsForActor(client, {});
    expect(page.tickets.map((ticket) => ticket.id)).toEqual([own.id]);
  });

  it("lists the most recently updated first, newest id first on ties", async () => {
    const { workspace, agent, client } = await workspaceWithPeople();
    const sameTime = new Date("2026-01-01T00:00:00Z");
    const older = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, updatedAt: new Date("2025-12-01T00:00:00Z") });
    const tiedA = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, updatedAt: sameTime });
    const tiedB = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, updatedAt: sameTime });
    const tied = [tiedA.id, tiedB.id].sort().reverse();

    const page = await listTicketsForActor(agent, {});
    expect(page.tickets.map((ticket) => ticket.id)).toEqual([...tied, older.id]);
  });

  it("pages through every ticket once with keyset cursors, forwards and back", async () => {
    const { workspace, agent, client } = await workspaceWithPeople();
    const total = TICKET_PAGE_SIZE * 2 + 3;
    for (let index = 0; index < total; index++) {
      await createTicket({ workspaceId: workspace.id, requesterId: client.userId, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, index)) });
    }

    const first = await listTicketsForActor(agent, {});
    const second = await listTicketsForActor(agent, { after: first.olderCursor ?? undefined });
    const third = await listTicketsForActor(agent, { after: second.olderCursor ?? undefined });
    const seen = [first, second, third].flatMap((page) => page.tickets.map((ticket) => ticket.id));
    expect(new Set(seen).size).toBe(total);
    expect(first.newerCursor).toBeNull();
    expect(third.olderCursor).toBeNull();
    expect(third.tickets).toHaveLength(3);

    const backToSecond = await listTicketsForActor(agent, { before: third.newerCursor ?? undefined });
    expect(backToSecond.tickets.map((ticket) => ticket.id)).toEqual(second.tickets.map((ticket) => ticket.id));
    const backToFirst = await listTicketsForActor(agent, { before: backToSecond.newerCursor ?? undefined });
    expect(backToFirst.tickets.map((ticket) => ticket.id)).toEqual(first.tickets.map((ticket) => ticket.id));
    expect(backToFirst.newerCursor).toBeNull();
  });

  it("treats a malformed cursor as the first page", async () => {
    const { workspace, agent, client } = await workspaceWithPeople();
    await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    const page = await listTicketsForActor(agent, { after: "not-a-cursor" });
    expect(page.tickets).toHaveLength(1);
  });
});
