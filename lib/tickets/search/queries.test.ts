import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createTestCategory, createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { ticketScope } from "../policy";
import { findTicketNumberJump, searchTickets } from "./queries";
import { countQueues } from "./queue-counts";
import { ticketFiltersSchema } from "./schemas";
import { scopeSql } from "./sql";
import { parseQueryLeniently } from "@/lib/url-query";

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms);

async function desk() {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: otherAgent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ workspaceId: workspace.id });
  const { actor: otherClient } = await createUser({ workspaceId: workspace.id });
  const ticket = (overrides: Partial<Parameters<typeof createTicket>[0]> = {}) =>
    createTicket({ workspaceId: workspace.id, requesterId: client.userId, ...overrides });
  return { workspace, agent, otherAgent, client, otherClient, ticket };
}

const search = (actor: Parameters<typeof searchTickets>[0], filters: Record<string, unknown>) =>
  searchTickets(actor, ticketFiltersSchema.parse(filters)).then((page) => page.tickets.map((row) => row.number).sort((a, b) => a - b));

describe("queue views", () => {
  it("puts each ticket in exactly the views it belongs to, and counts them the same way", async () => {
    const { agent, otherAgent, ticket } = await desk();
    const unassigned = await ticket({ status: "NEW" });
    const mine = await ticket({ status: "IN_PROGRESS", assigneeId: agent.userId });
    const theirs = await ticket({ status: "OPEN", assigneeId: otherAgent.userId });
    const waiting = await ticket({ status: "WAITING_ON_CUSTOMER", assigneeId: agent.userId, dueAt: ago(HOUR) });
    const overdue = await ticket({ status: "OPEN", assigneeId: otherAgent.userId, dueAt: ago(HOUR) });
    const resolved = await ticket({ status: "RESOLVED", resolvedAt: ago(2 * 24 * HOUR) });
    const closedLongAgo = await ticket({ status: "CLOSED", resolvedAt: ago(30 * 24 * HOUR) });
    const numbers = (...tickets: { number: number }[]) => tickets.map((row) => row.number).sort((a, b) => a - b);

    expect(await search(agent, { view: "unassigned" })).toEqual(numbers(unassigned));
    expect(await search(agent, { view: "mine" })).toEqual(numbers(mine, waiting));
    expect(await search(agent, { view: "open" })).toEqual(numbers(unassigned, mine, theirs, waiting, overdue));
    expect(await search(agent, { view: "waiting" })).toEqual(numbers(waiting));
    expect(await search(agent, { view: "overdue" })).toEqual(numbers(overdue));
    expect(await search(agent, { view: "resolved" })).toEqual(numbers(resolved));
    expect(await search(agent, { view: "all" })).toHaveLength(7);
    expect(await search(agent, {})).toContain(closedLongAgo.number);
    expect(await countQueues(agent)).toEqual({ unassigned: 1, mine: 2, open: 5, waiting: 1, overdue: 1, resolved: 1 });
  });

  it("lists recently resolved tickets newest resolved first", async () => {
    const { agent, ticket } = await desk();
    const earlier = await ticket({ status: "CLOSED", resolvedAt: ago(3 * 24 * HOUR) });
    const later = await ticket({ status: "RESOLVED", resolvedAt: ago(HOUR) });
    const page = await searchTickets(agent, { view: "resolved" });
    expect(page.tickets.map((row) => row.number)).toEqual([later.number, earlier.number]);
  });

  it("gives clients no queue counts and ignores the staff-only filters they put in the URL", async () => {
    const { client, agent, ticket } = await desk();
    const own = await ticket({ status: "NEW", priority: "LOW" });
    expect(await countQueues(client)).toBeNull();
    expect(await search(client, { view: "mine", priority: ["URGENT"], assigneeId: agent.userId })).toEqual([own.number]);
  });
});

describe("who sees what in the list", () => {
  it("shows staff every ticket of their workspace and nothing of another", async () => {
    const { agent, client, otherClient, ticket } = await desk();
    const stranger = await createUser({ role: "CLIENT" });
    const mine = await ticket({ requesterId: client.userId });
    const theirs = await ticket({ requesterId: otherClient.userId });
    await createTicket({ workspaceId: stranger.actor.workspaceId, requesterId: stranger.user.id });
    expect(await search(agent, {})).toEqual([mine.number, theirs.number].sort((a, b) => a - b));
  });

  it("shows a client only the tickets they requested", async () => {
    const { client, otherClient, ticket } = await desk();
    const own = await ticket({ requesterId: client.userId });
    await ticket({ requesterId: otherClient.userId });
    expect(await search(client, {})).toEqual([own.number]);
  });
});

describe("filters", () => {
  it("combine with AND across status, priority, kind, category, assignee, requester and dates", async () => {
    const { workspace, agent, client, otherClient, ticket } = await desk();
    const category = await createTestCategory({ workspaceId: workspace.id });
    const base = { status: "OPEN", priority: "HIGH", kind: "INCIDENT", categoryId: category.id, assigneeId: agent.userId } as const;
    const match = await ticket({ ...base, createdAt: new Date("2026-03-10T12:00:00Z") });
    await ticket({ ...base, priority: "LOW", createdAt: new Date("2026-03-10T12:00:00Z") });
    await ticket({ ...base, requesterId: otherClient.userId, createdAt: new Date("2026-03-10T12:00:00Z") });
    await ticket({ ...base, createdAt: new Date("2026-03-12T00:00:00Z") });
    await ticket({ ...base, assigneeId: null, createdAt: new Date("2026-03-10T12:00:00Z") });

    const filters = {
      status: ["OPEN", "NEW"], priority: ["HIGH"], kind: ["INCIDENT"], categoryId: category.id,
      assigneeId: agent.userId, requester: client.email.toUpperCase(), createdFrom: "2026-03-10", createdTo: "2026-03-11",
    };
    expect(await search(agent, filters)).toEqual([match.number]);
    expect(await search(agent, { ...filters, requester: client.userId })).toEqual([match.number]);
    expect(await search(agent, { ...filters, createdTo: "2026-03-09" })).toEqual([]);
    expect(await search(agent, { categoryId: category.id, assigneeId: "none" })).toHaveLength(1);
  });

  it("reads junk in the page's URL as absent rather than failing", () => {
    const parsed = parseQueryLeniently(ticketFiltersSchema, { view: "everything", status: ["OPEN", "BOGUS"], createdFrom: "yesterday", sort: 3, q: ["a", "b"] });
    expect(parsed).toEqual({ status: ["OPEN"] });
  });
});

describe("scopeSql", () => {
  it("selects exactly the tickets ticketScope selects, for every role", async () => {
    const { workspace, client, otherClient, ticket } = await desk();
    await ticket();
    await ticket({ requesterId: otherClient.userId });
    const elsewhere = await createUser();
    await createTicket({ workspaceId: elsewhere.actor.workspaceId, requesterId: elsewhere.user.id });
    const actors = [client, otherClient, elsewhere.actor];
    for (const role of ["AGENT", "MANAGER", "ADMIN"] as const) actors.push((await createUser({ role, workspaceId: workspace.id })).actor);

    for (const actor of actors) {
      const raw = await db.$queryRaw<{ id: string }[]>`SELECT t.id FROM tickets t WHERE ${scopeSql(actor)}`;
      const prisma = await db.ticket.findMany({ where: ticketScope(actor), select: { id: true } });
      expect(raw.map((row) => row.id).sort()).toEqual(prisma.map((row) => row.id).sort());
    }
  });
});

describe("findTicketNumberJump", () => {
  it("jumps only to a ticket the actor may see", async () => {
    const { agent, client, otherClient, ticket } = await desk();
    const own = await ticket();
    const elsewhere = await createUser({ role: "ADMIN" });
    expect(await findTicketNumberJump(agent, own.number)).toBe(own.number);
    expect(await findTicketNumberJump(client, own.number)).toBe(own.number);
    expect(await findTicketNumberJump(otherClient, own.number)).toBeNull();
    expect(await findTicketNumberJump(elsewhere.actor, own.number)).toBeNull();
    expect(await findTicketNumberJump(agent, null)).toBeNull();
  });

  it("treats an email typed in the search box as the requester filter for staff", async () => {
    const { agent, client, otherClient, ticket } = await desk();
    const own = await ticket();
    await ticket({ requesterId: otherClient.userId });
    expect(await search(agent, { q: client.email })).toEqual([own.number]);
    const marker = randomUUID();
    expect(await search(agent, { q: `${marker}@example.com` })).toEqual([]);
  });
});
