import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { searchTickets } from "./queries";
import { parseQueryString, saveViewSchema, ticketFiltersSchema } from "./schemas";

async function desk(reportTimeZone?: string) {
  const workspace = await createWorkspace();
  if (reportTimeZone) await db.workspace.update({ where: { id: workspace.id }, data: { reportTimeZone } });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ workspaceId: workspace.id });
  const ticket = (overrides: Partial<Parameters<typeof createTicket>[0]> = {}) =>
    createTicket({ workspaceId: workspace.id, requesterId: client.userId, ...overrides });
  return { agent, client, ticket };
}

const search = (actor: Parameters<typeof searchTickets>[0], filters: Record<string, unknown>) =>
  searchTickets(actor, ticketFiltersSchema.parse(filters)).then((page) => page.tickets.map((row) => row.number).sort((a, b) => a - b));

const numbers = (...tickets: { number: number }[]) => tickets.map((row) => row.number).sort((a, b) => a - b);

describe("date filters in the workspace's report time zone", () => {
  it("finds a ticket resolved at 23:30 in New York on that New York day, not the next", async () => {
    const { agent, ticket } = await desk("America/New_York");
    // 23:30 EST on 15 January is 04:30 UTC on the 16th; 00:30 EST is 05:30 UTC the same day.
    const late = await ticket({ status: "RESOLVED", resolvedAt: new Date("2026-01-16T04:30:00Z") });
    const early = await ticket({ status: "RESOLVED", resolvedAt: new Date("2026-01-15T05:30:00Z") });

    expect(await search(agent, { resolvedFrom: "2026-01-15", resolvedTo: "2026-01-15" })).toEqual(numbers(late, early));
    expect(await search(agent, { resolvedFrom: "2026-01-16", resolvedTo: "2026-01-16" })).toEqual([]);
    expect(await search(agent, { resolvedFrom: "2026-01-14", resolvedTo: "2026-01-14" })).toEqual([]);
  });

  it("reads created and updated days in the zone too, including a day shortened by the switch to summer time", async () => {
    const { agent, ticket } = await desk("America/New_York");
    const lateInWinter = await ticket({ createdAt: new Date("2026-01-16T04:30:00Z"), updatedAt: new Date("2026-01-16T04:30:00Z") });
    // 8 March 2026 has 23 hours in New York: 23:30 that evening is EDT, 03:30 UTC on the 9th.
    const lateOnSwitchDay = await ticket({ createdAt: new Date("2026-03-09T03:30:00Z") });

    expect(await search(agent, { createdFrom: "2026-01-15", createdTo: "2026-01-15" })).toEqual(numbers(lateInWinter));
    expect(await search(agent, { createdFrom: "2026-01-16", createdTo: "2026-01-31" })).toEqual([]);
    expect(await search(agent, { updatedFrom: "2026-01-15", updatedTo: "2026-01-15" })).toEqual(numbers(lateInWinter));
    expect(await search(agent, { createdFrom: "2026-03-08", createdTo: "2026-03-08" })).toEqual(numbers(lateOnSwitchDay));
    expect(await search(agent, { createdFrom: "2026-03-09" })).toEqual([]);
  });

  it("reads days as UTC in a workspace that keeps the default zone", async () => {
    const { agent, ticket } = await desk();
    const lastMinute = await ticket({ createdAt: new Date("2026-01-15T23:30:00Z"), resolvedAt: new Date("2026-01-15T23:59:59.999Z") });
    const midnight = await ticket({ createdAt: new Date("2026-01-16T00:00:00Z"), resolvedAt: new Date("2026-01-16T00:00:00Z") });

    expect(await search(agent, { createdFrom: "2026-01-15", createdTo: "2026-01-15" })).toEqual(numbers(lastMinute));
    expect(await search(agent, { createdFrom: "2026-01-16", createdTo: "2026-01-16" })).toEqual(numbers(midnight));
    expect(await search(agent, { resolvedTo: "2026-01-15" })).toEqual(numbers(lastMinute));
  });

  it("takes resolvedFrom alone as every resolution from that day on, never an unresolved ticket", async () => {
    const { agent, client, ticket } = await desk("Europe/Berlin");
    await ticket({ status: "RESOLVED", resolvedAt: new Date("2026-05-31T21:59:00Z") });
    const onTheDay = await ticket({ status: "RESOLVED", resolvedAt: new Date("2026-05-31T22:00:00Z") });
    const later = await ticket({ status: "CLOSED", resolvedAt: new Date("2026-07-01T12:00:00Z") });
    await ticket({ status: "OPEN", createdAt: new Date("2026-06-15T12:00:00Z") });

    expect(await search(agent, { resolvedFrom: "2026-06-01" })).toEqual(numbers(onTheDay, later));
    expect(await search(client, { resolvedFrom: "2026-06-01" })).toEqual(numbers(onTheDay, later));
  });

  it("keeps the resolved days in a saved view's query string", () => {
    const { query } = saveViewSchema.parse({ name: "June", query: "?resolvedFrom=2026-06-01&resolvedTo=2026-06-30&cursor=x" });
    expect(query).toBe("resolvedFrom=2026-06-01&resolvedTo=2026-06-30");
    expect(parseQueryString(query)).toMatchObject({ resolvedFrom: "2026-06-01", resolvedTo: "2026-06-30" });
  });
});
