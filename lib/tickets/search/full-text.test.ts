import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { findTicketIdPage, searchTickets } from "./queries";
import { countQueues } from "./queue-counts";

// A made-up word per test, so no other row matches it by accident.
const word = () => `zq${randomUUID().replaceAll("-", "").slice(0, 10)}`;

async function desk() {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ workspaceId: workspace.id });
  const { actor: otherClient } = await createUser({ workspaceId: workspace.id });
  return { workspace, agent, client, otherClient };
}

const numbers = (page: { tickets: { number: number }[] }) => page.tickets.map((row) => row.number).sort((a, b) => a - b);

describe("full-text search", () => {
  it("matches title, description and a public reply, ranking a title match above a description match", async () => {
    const { workspace, agent, client } = await desk();
    const term = word();
    const inTitle = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, title: `Printer ${term} jams` });
    const inDescription = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, description: `The ${term} is broken.` });
    const inReply = await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    await db.comment.create({ data: { workspaceId: workspace.id, ticketId: inReply.id, authorId: agent.userId, body: `Try the ${term}.` } });
    await createTicket({ workspaceId: workspace.id, requesterId: client.userId });

    const page = await searchTickets(agent, { q: term });
    expect(page.rankApplied).toBe(true);
    expect(numbers(page)).toEqual([inTitle.number, inDescription.number, inReply.number]);
    expect(page.tickets[0]?.number).toBe(inTitle.number);
    expect(page.tickets[1]?.number).toBe(inDescription.number);
  });

  it("finds stemmed words and a half-typed title fragment", async () => {
    const { workspace, agent, client } = await desk();
    const term = word();
    const ticket = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, title: `Monitors flickering ${term}` });
    expect(numbers(await searchTickets(agent, { q: "flicker monitor" }))).toContain(ticket.number);
    expect(numbers(await searchTickets(agent, { q: term.slice(0, 6) }))).toEqual([ticket.number]);
    expect(numbers(await searchTickets(agent, { q: "100%_" }))).toEqual([]);
    const sorted = await searchTickets(agent, { q: term, sort: "created" });
    expect(sorted.rankApplied).toBe(false);
    expect(numbers(sorted)).toEqual([ticket.number]);
  });

  it("reads the last plain word as a prefix, and quotes, or and minus as web search syntax", async () => {
    const { workspace, agent, client } = await desk();
    const term = word();
    const file = (description: string) => createTicket({ workspaceId: workspace.id, requesterId: client.userId, description });
    const scanner = await file(`The scanner ${term} stopped.`);
    const printer = await file(`The printer ${term} stopped.`);
    const search = async (q: string) => numbers(await searchTickets(agent, { q }));

    expect(await search(`${term} prin`)).toEqual([printer.number]);
    expect(await search(`${term} scanner or printer`)).toEqual([scanner.number, printer.number]);
    expect(await search(`${term} -printer`)).toEqual([scanner.number]);
    expect(await search(`"printer ${term}"`)).toEqual([printer.number]);
    // Operators of to_tsquery's own syntax are not plain words: they are searched as text.
    expect(await search(`${term}:*|zzz`)).toEqual([]);
  });

  it("never matches a client's search on internal-note text nor on other clients' tickets", async () => {
    const { workspace, agent, client, otherClient } = await desk();
    const secret = word();
    const shared = word();
    const answer = word();
    const own = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, title: `Laptop ${shared}` });
    await db.comment.create({ data: { workspaceId: workspace.id, ticketId: own.id, authorId: agent.userId, body: `Note ${secret}`, isInternal: true } });
    await db.comment.create({ data: { workspaceId: workspace.id, ticketId: own.id, authorId: agent.userId, body: `Reply ${answer}` } });
    const theirs = await createTicket({ workspaceId: workspace.id, requesterId: otherClient.userId, title: `Laptop ${shared}` });

    expect(numbers(await searchTickets(client, { q: secret }))).toEqual([]);
    expect(numbers(await searchTickets(client, { q: answer }))).toEqual([own.number]);
    expect(numbers(await searchTickets(otherClient, { q: answer }))).toEqual([]);
    expect(numbers(await searchTickets(agent, { q: secret }))).toEqual([own.number]);
    expect(numbers(await searchTickets(client, { q: shared }))).toEqual([own.number]);
    expect(numbers(await searchTickets(otherClient, { q: shared }))).toEqual([theirs.number]);
  });

  it("combines search text with views and status filters", async () => {
    const { workspace, agent, client } = await desk();
    const term = word();
    const open = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, status: "OPEN", title: `Scanner ${term}` });
    const closed = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, status: "CLOSED", title: `Scanner ${term}` });
    expect(numbers(await searchTickets(agent, { q: term, view: "open" }))).toEqual([open.number]);
    expect(numbers(await searchTickets(agent, { q: term, status: ["NEW", "OPEN"] }))).toEqual([open.number]);
    expect(numbers(await searchTickets(agent, { q: term, status: ["CLOSED"] }))).toEqual([closed.number]);
    expect(numbers(await searchTickets(agent, { q: term, view: "unassigned", sort: "due" }))).toEqual([open.number]);
  });

  it("never shows staff of another workspace a ticket through search or counts", async () => {
    const { workspace, client } = await desk();
    const term = word();
    await createTicket({ workspaceId: workspace.id, requesterId: client.userId, title: `Router ${term}` });
    const { actor: stranger } = await createUser({ role: "ADMIN" });
    expect(numbers(await searchTickets(stranger, { q: term }))).toEqual([]);
    expect(numbers(await searchTickets(stranger, {}))).toEqual([]);
    expect(await countQueues(stranger)).toEqual({ unassigned: 0, mine: 0, open: 0, waiting: 0, overdue: 0, resolved: 0 });
  });

  it("ranks only the newest matches when more than the cap match, and pages through them once", async () => {
    const { workspace, agent, client } = await desk();
    const term = word();
    const made = [];
    for (let index = 0; index < 7; index++) {
      made.push(await createTicket({
        workspaceId: workspace.id,
        requesterId: client.userId,
        title: index % 2 === 0 ? `${term} ${term} outage` : `Outage`,
        description: `About ${term}.`,
        updatedAt: new Date(Date.UTC(2026, 0, 1 + index)),
      }));
    }
    const newestFive = made.slice(2).map((row) => row.id).sort();

    const first = await findTicketIdPage(agent, { q: term }, { pageSize: 2, rankCap: 5 });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await findTicketIdPage(agent, { q: term, cursor }, { pageSize: 2, rankCap: 5 });
      expect(page.capped).toBe(true);
      seen.push(...page.ids);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    const second = await findTicketIdPage(agent, { q: term, cursor: first.nextCursor ?? undefined }, { pageSize: 2, rankCap: 5 });
    const back = await findTicketIdPage(agent, { q: term, cursor: second.prevCursor ?? undefined }, { pageSize: 2, rankCap: 5 });
    expect(back.ids).toEqual(first.ids);
    expect([...seen].sort()).toEqual(newestFive);
    expect((await findTicketIdPage(agent, { q: term }, { rankCap: 50 })).capped).toBe(false);
  });
});
