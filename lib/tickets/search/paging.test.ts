import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { findTicketIdPage } from "./queries";
import { TICKET_SORTS, type TicketFilters } from "./schemas";

/** Every page forwards, then every page backwards from the last; both must agree. */
async function collect(actor: Actor, filters: TicketFilters) {
  const forwards: string[][] = [];
  let page = await findTicketIdPage(actor, filters, { pageSize: 3 });
  forwards.push(page.ids);
  expect(page.prevCursor).toBeNull();
  while (page.nextCursor && forwards.length < 20) {
    page = await findTicketIdPage(actor, { ...filters, cursor: page.nextCursor }, { pageSize: 3 });
    forwards.push(page.ids);
  }
  const backwards: string[][] = [page.ids];
  while (page.prevCursor && backwards.length < 20) {
    page = await findTicketIdPage(actor, { ...filters, cursor: page.prevCursor }, { pageSize: 3 });
    backwards.unshift(page.ids);
  }
  expect(backwards).toEqual(forwards);
  return forwards.flat();
}

describe("keyset paging", () => {
  it("returns every ticket exactly once, in order, for each sort and direction, with ties and no due time", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    const sameTime = new Date("2026-02-01T00:00:00Z");
    const priorities = ["LOW", "MEDIUM", "HIGH", "URGENT"] as const;
    for (let index = 0; index < 11; index++) {
      await createTicket({
        workspaceId: workspace.id,
        requesterId: client.userId,
        priority: priorities[index % 4],
        createdAt: index < 4 ? sameTime : new Date(Date.UTC(2026, 0, index)),
        updatedAt: index % 3 === 0 ? sameTime : new Date(Date.UTC(2026, 1, index)),
        // Four tickets without a due time, and two sharing one.
        dueAt: index % 3 === 1 ? null : index < 5 ? sameTime : new Date(Date.UTC(2026, 2, index)),
      });
    }
    const all = await db.ticket.findMany({ where: { workspaceId: workspace.id }, select: { id: true } });

    for (const sort of TICKET_SORTS) {
      for (const direction of ["asc", "desc"] as const) {
        const seen = await collect(agent, { sort, direction });
        expect(seen, `${sort} ${direction}`).toHaveLength(all.length);
        expect(new Set(seen).size, `${sort} ${direction}`).toBe(all.length);
        const single = await findTicketIdPage(agent, { sort, direction }, { pageSize: 100 });
        expect(seen, `${sort} ${direction} order`).toEqual(single.ids);
      }
    }
  });

  it("puts tickets without a due time last whichever way due is sorted", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    const none = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, dueAt: null });
    const soon = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, dueAt: new Date("2026-05-01T00:00:00Z") });
    const later = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, dueAt: new Date("2026-06-01T00:00:00Z") });
    expect((await findTicketIdPage(agent, { sort: "due" })).ids).toEqual([soon.id, later.id, none.id]);
    expect((await findTicketIdPage(agent, { sort: "due", direction: "desc" })).ids).toEqual([later.id, soon.id, none.id]);
  });

  it("starts at the first page for a malformed cursor or one made for another sort", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    for (let index = 0; index < 4; index++) await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    const first = await findTicketIdPage(agent, { sort: "created" }, { pageSize: 2 });
    const fromOtherSort = await findTicketIdPage(agent, { sort: "updated", cursor: first.nextCursor ?? undefined }, { pageSize: 2 });
    const fromJunk = await findTicketIdPage(agent, { sort: "created", cursor: "bm90LWpzb24" }, { pageSize: 2 });
    expect(fromOtherSort.ids).toEqual((await findTicketIdPage(agent, { sort: "updated" }, { pageSize: 2 })).ids);
    expect(fromJunk.ids).toEqual(first.ids);
  });

  it("starts at the first page for a well-formed cursor whose value does not fit its sort", async () => {
    const workspace = await createWorkspace();
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    for (let index = 0; index < 3; index++) await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    const forged = (sort: string, value: string) =>
      Buffer.from(JSON.stringify({ s: sort, v: value, i: client.userId })).toString("base64url");
    const cases: [TicketFilters, string][] = [
      [{ sort: "created" }, forged("created:desc", "yesterday")],
      [{ sort: "created" }, forged("created:desc", "2026-02-31T00:00:00.000Z")],
      [{ sort: "priority" }, forged("priority:desc", "SEVERE")],
      [{ q: "printer" }, forged("rank:desc", "1; DROP TABLE tickets")],
    ];
    for (const [filters, cursor] of cases) {
      const firstPage = await findTicketIdPage(agent, filters, { pageSize: 2 });
      expect((await findTicketIdPage(agent, { ...filters, cursor }, { pageSize: 2 })).ids).toEqual(firstPage.ids);
    }
  });
});
