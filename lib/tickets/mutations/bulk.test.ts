import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { MAX_BULK_TICKETS, bulkChangeSchema } from "../change-schemas";
import { bulkChangeTickets } from "./bulk";

async function queue(statuses: TicketStatus[]) {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ role: "CLIENT", workspaceId: workspace.id });
  const tickets = [];
  for (const status of statuses) tickets.push(await createTicket({ workspaceId: workspace.id, requesterId: client.userId, status }));
  return { workspace, agent, client, tickets, numbers: tickets.map((ticket) => ticket.number) };
}

const ids = (tickets: { id: string }[]) => tickets.map((ticket) => ticket.id);
const reloadAll = (tickets: { id: string }[]) =>
  db.ticket.findMany({ where: { id: { in: ids(tickets) } }, orderBy: { number: "asc" } });
const countWrites = async (tickets: { id: string }[]) => ({
  events: await db.ticketEvent.count({ where: { ticketId: { in: ids(tickets) } } }),
  audits: await db.auditLog.count({ where: { targetType: "ticket", targetId: { in: ids(tickets) } } }),
});

describe("bulk changes", () => {
  it("assigns every selected ticket, each with its own event and audit entry", async () => {
    const { agent, tickets, numbers } = await queue(["NEW", "OPEN", "IN_PROGRESS"]);
    const result = await bulkChangeTickets(agent, { ticketNumbers: numbers, change: { kind: "assign", assigneeId: agent.userId } });

    expect(result).toEqual({ changed: 3, unchanged: 0 });
    for (const ticket of await reloadAll(tickets)) expect(ticket).toMatchObject({ assigneeId: agent.userId, version: 2 });
    expect(await countWrites(tickets)).toEqual({ events: 3, audits: 3 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: tickets[0]!.id } });
    expect(entry).toMatchObject({ action: "ticket.assigned", metadata: { to: agent.userId, bulk: true } });
  });

  it("closes a selection, leaving already-closed tickets untouched", async () => {
    const { agent, tickets, numbers } = await queue(["OPEN", "RESOLVED", "CLOSED"]);
    expect(await bulkChangeTickets(agent, { ticketNumbers: numbers, change: { kind: "close" } })).toEqual({ changed: 2, unchanged: 1 });
    const [open, resolved, closed] = await reloadAll(tickets);
    expect(open).toMatchObject({ status: "CLOSED", resolvedAt: null, closedAt: expect.any(Date) });
    expect(resolved).toMatchObject({ status: "CLOSED", closedAt: expect.any(Date) });
    expect(closed).toMatchObject({ version: 1 });
    expect(await countWrites(tickets)).toEqual({ events: 2, audits: 2 });
  });

  it("changes priority and status for every ticket", async () => {
    const { agent, tickets, numbers } = await queue(["OPEN", "IN_PROGRESS"]);
    await bulkChangeTickets(agent, { ticketNumbers: numbers, change: { kind: "priority", priority: "HIGH" } });
    await bulkChangeTickets(agent, { ticketNumbers: numbers, change: { kind: "status", status: "RESOLVED" } });
    for (const ticket of await reloadAll(tickets)) {
      expect(ticket).toMatchObject({ priority: "HIGH", status: "RESOLVED", resolvedAt: expect.any(Date), version: 3 });
    }
  });

  it("changes nothing when one ticket cannot take the status, and names it", async () => {
    const { agent, tickets, numbers } = await queue(["OPEN", "NEW", "IN_PROGRESS"]);
    const attempt = bulkChangeTickets(agent, { ticketNumbers: numbers, change: { kind: "status", status: "RESOLVED" } });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(`#${numbers[1]} cannot be moved to resolved`);
    expect((await reloadAll(tickets)).map((ticket) => ticket.status)).toEqual(["OPEN", "NEW", "IN_PROGRESS"]);
    expect(await countWrites(tickets)).toEqual({ events: 0, audits: 0 });
  });

  it("rolls back every ticket when a later ticket fails mid-way", async () => {
    const { workspace, agent, tickets, numbers } = await queue(["OPEN", "OPEN"]);
    // An event dated before the second ticket makes its SLA recomputation throw after the first was written.
    await db.ticketEvent.create({
      data: { workspaceId: workspace.id, ticketId: tickets[1]!.id, type: "STATUS_CHANGED", toValue: "OPEN", createdAt: new Date(0) },
    });
    await expect(bulkChangeTickets(agent, { ticketNumbers: numbers, change: { kind: "priority", priority: "LOW" } })).rejects.toThrow(
      RangeError,
    );
    expect((await reloadAll(tickets)).map((ticket) => [ticket.priority, ticket.version])).toEqual([
      ["MEDIUM", 1],
      ["MEDIUM", 1],
    ]);
    expect((await countWrites(tickets)).audits).toBe(0);
  });

  it("fails as not found, naming none, when the selection holds another workspace's ticket", async () => {
    const { agent, tickets, numbers } = await queue(["OPEN"]);
    // Numbers are per workspace: #3 exists only in the other one.
    const { tickets: foreign } = await queue(["OPEN", "OPEN", "OPEN"]);
    const attempt = bulkChangeTickets(agent, { ticketNumbers: [...numbers, foreign[2]!.number], change: { kind: "close" } });
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.not.toThrow(/#\d/);
    expect((await reloadAll([...tickets, ...foreign])).map((ticket) => ticket.status)).toEqual(Array(4).fill("OPEN"));
  });

  it("refuses an assignee who is not staff of the workspace", async () => {
    const { agent, client, tickets, numbers } = await queue(["OPEN"]);
    await expect(
      bulkChangeTickets(agent, { ticketNumbers: numbers, change: { kind: "assign", assigneeId: client.userId } }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await countWrites(tickets)).toEqual({ events: 0, audits: 0 });
  });

  it("takes a full selection of the largest size in one transaction", async () => {
    const { agent, tickets, numbers } = await queue(Array.from({ length: MAX_BULK_TICKETS }, () => "OPEN" as const));
    const result = await bulkChangeTickets(agent, { ticketNumbers: numbers, change: { kind: "status", status: "IN_PROGRESS" } });
    expect(result).toEqual({ changed: MAX_BULK_TICKETS, unchanged: 0 });
    expect(await countWrites(tickets)).toEqual({ events: MAX_BULK_TICKETS, audits: MAX_BULK_TICKETS });
  });

  it("is forbidden to clients, even for their own tickets", async () => {
    const { client, numbers } = await queue(["OPEN"]);
    await expect(bulkChangeTickets(client, { ticketNumbers: numbers, change: { kind: "close" } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the bulk change schema", () => {
  it("takes 1 to 100 ticket numbers and drops repeats", () => {
    const change = { kind: "close" };
    expect(bulkChangeSchema.safeParse({ ticketNumbers: [], change }).success).toBe(false);
    expect(bulkChangeSchema.safeParse({ ticketNumbers: Array.from({ length: 101 }, (_, i) => i + 1), change }).success).toBe(false);
    expect(bulkChangeSchema.parse({ ticketNumbers: [3, 3, 4], change }).ticketNumbers).toEqual([3, 4]);
  });

  it("refuses an unknown kind of change", () => {
    expect(bulkChangeSchema.safeParse({ ticketNumbers: [1], change: { kind: "delete" } }).success).toBe(false);
  });
});
