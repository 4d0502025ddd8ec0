import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { TICKET_CONFLICT_MESSAGE } from "../change-schemas";
import { assignTicket, changeTicketCategory, changeTicketPriority, changeTicketStatus } from "./change";

async function desk() {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ role: "CLIENT", workspaceId: workspace.id });
  const ticket = await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
  return { workspace, agent, client, ticket };
}

const reload = (id: string) => db.ticket.findUniqueOrThrow({ where: { id } });
const eventsOf = (ticketId: string) => db.ticketEvent.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } });
const auditsOf = (ticketId: string) =>
  db.auditLog.findMany({ where: { targetType: "ticket", targetId: ticketId }, orderBy: { createdAt: "asc" } });

const category = (workspaceId: string, archived = false) =>
  db.category.create({
    data: { workspaceId, name: `Category ${crypto.randomUUID().slice(0, 8)}`, archivedAt: archived ? new Date() : null },
  });

describe("changing a ticket's status", () => {
  it("moves it along the workflow with an event, an audit entry and a new version", async () => {
    const { agent, ticket } = await desk();
    const result = await changeTicketStatus(agent, { ticketNumber: ticket.number, status: "OPEN", version: 1 });

    expect(result).toEqual({ changed: true, version: 2 });
    expect(await reload(ticket.id)).toMatchObject({ status: "OPEN", version: 2 });
    expect(await eventsOf(ticket.id)).toMatchObject([
      { type: "STATUS_CHANGED", fromValue: "NEW", toValue: "OPEN", actorId: agent.userId },
    ]);
    expect(await auditsOf(ticket.id)).toMatchObject([
      { action: "ticket.status_changed", actorId: agent.userId, metadata: { number: ticket.number, from: "NEW", to: "OPEN" } },
    ]);
  });

  it("sets resolvedAt on resolving, keeps it on closing and clears both on reopening", async () => {
    const { agent, ticket } = await desk();
    const move = (status: "OPEN" | "RESOLVED" | "CLOSED", version: number) =>
      changeTicketStatus(agent, { ticketNumber: ticket.number, status, version });

    await move("OPEN", 1);
    await move("RESOLVED", 2);
    const resolved = await reload(ticket.id);
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(resolved.closedAt).toBeNull();

    expect(resolved.reopenCount).toBe(0);

    await move("OPEN", 3);
    expect(await reload(ticket.id)).toMatchObject({ status: "OPEN", resolvedAt: null, closedAt: null, reopenCount: 1 });

    await move("RESOLVED", 4);
    const resolvedAgain = (await reload(ticket.id)).resolvedAt;
    await move("CLOSED", 5);
    const closed = await reload(ticket.id);
    expect(closed.resolvedAt).toEqual(resolvedAgain);
    expect(closed.closedAt).toBeInstanceOf(Date);
  });

  it("closes an open ticket without marking it resolved", async () => {
    const { agent, ticket } = await desk();
    await changeTicketStatus(agent, { ticketNumber: ticket.number, status: "CLOSED", version: 1 });
    expect(await reload(ticket.id)).toMatchObject({ status: "CLOSED", resolvedAt: null, closedAt: expect.any(Date) });
  });

  it("refuses a move the workflow does not allow and writes nothing", async () => {
    const { agent, ticket } = await desk();
    const attempt = changeTicketStatus(agent, { ticketNumber: ticket.number, status: "RESOLVED", version: 1 });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { status: [expect.stringContaining("cannot be moved")] } });
    expect(await reload(ticket.id)).toMatchObject({ status: "NEW", version: 1 });
    expect(await eventsOf(ticket.id)).toEqual([]);
    expect(await auditsOf(ticket.id)).toEqual([]);
  });

  it("refuses a change made on a stale version with the conflict message, writing nothing", async () => {
    const { agent, ticket } = await desk();
    await changeTicketPriority(agent, { ticketNumber: ticket.number, priority: "HIGH", version: 1 });

    const stale = changeTicketStatus(agent, { ticketNumber: ticket.number, status: "OPEN", version: 1 });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(TICKET_CONFLICT_MESSAGE);
    expect(await reload(ticket.id)).toMatchObject({ status: "NEW", priority: "HIGH", version: 2 });
    expect((await eventsOf(ticket.id)).map((event) => event.type)).toEqual(["PRIORITY_CHANGED"]);
    expect(await auditsOf(ticket.id)).toHaveLength(1);
  });

  it("lets only one of two concurrent changes on the same version through", async () => {
    const { agent, ticket } = await desk();
    const results = await Promise.allSettled([
      changeTicketPriority(agent, { ticketNumber: ticket.number, priority: "HIGH", version: 1 }),
      changeTicketPriority(agent, { ticketNumber: ticket.number, priority: "LOW", version: 1 }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [failure] = results.filter((result) => result.status === "rejected");
    expect(failure?.reason).toBeInstanceOf(ConflictError);
    expect(await eventsOf(ticket.id)).toHaveLength(1);
    expect((await reload(ticket.id)).version).toBe(2);
  });

  it("writes nothing when the ticket already has the status", async () => {
    const { agent, ticket } = await desk();
    expect(await changeTicketStatus(agent, { ticketNumber: ticket.number, status: "NEW", version: 1 })).toEqual({
      changed: false,
      version: 1,
    });
    expect(await eventsOf(ticket.id)).toEqual([]);
  });
});

describe("priority and SLA due times", () => {
  it("moves the due times with the priority's targets", async () => {
    const { agent, ticket } = await desk();
    await changeTicketStatus(agent, { ticketNumber: ticket.number, status: "OPEN", version: 1 });
    const medium = await reload(ticket.id);
    await changeTicketPriority(agent, { ticketNumber: ticket.number, priority: "URGENT", version: 2 });
    const urgent = await reload(ticket.id);

    expect(medium.dueAt).toBeInstanceOf(Date);
    expect(urgent.dueAt!.getTime()).toBeLessThan(medium.dueAt!.getTime());
    expect(urgent.firstResponseDueAt!.getTime()).toBe(ticket.createdAt.getTime() + 60 * 60_000);
    expect(await eventsOf(ticket.id)).toMatchObject([
      { type: "STATUS_CHANGED" },
      { type: "PRIORITY_CHANGED", fromValue: "MEDIUM", toValue: "URGENT" },
    ]);
  });

  it("keeps the due time that applied once the ticket is resolved, so reports can tell late from on time", async () => {
    const { agent, ticket } = await desk();
    await changeTicketStatus(agent, { ticketNumber: ticket.number, status: "OPEN", version: 1 });
    const open = await reload(ticket.id);
    await changeTicketStatus(agent, { ticketNumber: ticket.number, status: "RESOLVED", version: 2 });
    const resolved = await reload(ticket.id);
    expect(resolved.dueAt).toEqual(open.dueAt);
    expect(resolved.resolvedAt!.getTime()).toBeLessThan(resolved.dueAt!.getTime());
  });

  it("has no resolution due time while the ticket waits on the customer", async () => {
    const { agent, ticket } = await desk();
    await changeTicketStatus(agent, { ticketNumber: ticket.number, status: "OPEN", version: 1 });
    await changeTicketStatus(agent, { ticketNumber: ticket.number, status: "WAITING_ON_CUSTOMER", version: 2 });
    expect((await reload(ticket.id)).dueAt).toBeNull();
  });
});

describe("assigning a ticket", () => {
  it("assigns to self or another agent and unassigns, recording ids from → to", async () => {
    const { workspace, agent, ticket } = await desk();
    const { actor: colleague } = await createUser({ role: "MANAGER", workspaceId: workspace.id });

    await assignTicket(agent, { ticketNumber: ticket.number, assigneeId: agent.userId, version: 1 });
    await assignTicket(agent, { ticketNumber: ticket.number, assigneeId: colleague.userId, version: 2 });
    await assignTicket(agent, { ticketNumber: ticket.number, assigneeId: null, version: 3 });

    expect((await reload(ticket.id)).assigneeId).toBeNull();
    expect((await eventsOf(ticket.id)).map((event) => [event.fromValue, event.toValue])).toEqual([
      [null, agent.userId],
      [agent.userId, colleague.userId],
      [colleague.userId, null],
    ]);
    expect((await auditsOf(ticket.id)).map((entry) => entry.action)).toEqual(Array(3).fill("ticket.assigned"));
  });

  it("refuses a client, a disabled agent or another workspace's agent as assignee", async () => {
    const { workspace, agent, client, ticket } = await desk();
    const { actor: disabled } = await createUser({ role: "AGENT", workspaceId: workspace.id, disabled: true });
    const { actor: outsider } = await createUser({ role: "AGENT" });

    for (const assigneeId of [client.userId, disabled.userId, outsider.userId]) {
      await expect(assignTicket(agent, { ticketNumber: ticket.number, assigneeId, version: 1 })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    expect(await reload(ticket.id)).toMatchObject({ assigneeId: null, version: 1 });
    expect(await auditsOf(ticket.id)).toEqual([]);
  });
});

describe("changing a ticket's category", () => {
  it("files it under an active category of the workspace, then under none", async () => {
    const { workspace, agent, ticket } = await desk();
    const billing = await category(workspace.id);
    await changeTicketCategory(agent, { ticketNumber: ticket.number, categoryId: billing.id, version: 1 });
    expect((await reload(ticket.id)).categoryId).toBe(billing.id);
    await changeTicketCategory(agent, { ticketNumber: ticket.number, categoryId: null, version: 2 });
    expect(await eventsOf(ticket.id)).toMatchObject([
      { type: "CATEGORY_CHANGED", fromValue: null, toValue: billing.id },
      { type: "CATEGORY_CHANGED", fromValue: billing.id, toValue: null },
    ]);
  });

  it("refuses an archived category and another workspace's category", async () => {
    const { workspace, agent, ticket } = await desk();
    const archived = await category(workspace.id, true);
    const foreign = await category((await createWorkspace()).id);
    for (const { id } of [archived, foreign]) {
      await expect(changeTicketCategory(agent, { ticketNumber: ticket.number, categoryId: id, version: 1 })).rejects.toMatchObject({
        fieldErrors: { categoryId: [expect.any(String)] },
      });
    }
    expect(await reload(ticket.id)).toMatchObject({ categoryId: null, version: 1 });
  });
});

describe("who may change a ticket", () => {
  it("forbids the requester to change status, priority, category or assignee", async () => {
    const { client, ticket } = await desk();
    const attempts = [
      () => changeTicketStatus(client, { ticketNumber: ticket.number, status: "OPEN", version: 1 }),
      () => changeTicketPriority(client, { ticketNumber: ticket.number, priority: "URGENT", version: 1 }),
      () => changeTicketCategory(client, { ticketNumber: ticket.number, categoryId: null, version: 1 }),
      () => assignTicket(client, { ticketNumber: ticket.number, assigneeId: client.userId, version: 1 }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await auditsOf(ticket.id)).toEqual([]);
  });

  it("treats another client's ticket and another workspace's ticket as not found", async () => {
    const { workspace, ticket } = await desk();
    const { actor: otherClient } = await createUser({ role: "CLIENT", workspaceId: workspace.id });
    const { actor: outsideAgent } = await createUser({ role: "AGENT" });
    await expect(changeTicketStatus(otherClient, { ticketNumber: ticket.number, status: "OPEN", version: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(changeTicketStatus(outsideAgent, { ticketNumber: ticket.number, status: "OPEN", version: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await reload(ticket.id)).toMatchObject({ status: "NEW", version: 1 });
  });
});

describe("one transaction per change", () => {
  it("rolls the update, event and audit entry back together when a later step fails", async () => {
    const { workspace, agent, ticket } = await desk();
    // An event dated before the ticket makes the SLA recomputation, the last step, throw.
    await db.ticketEvent.create({
      data: { workspaceId: workspace.id, ticketId: ticket.id, type: "PRIORITY_CHANGED", toValue: "HIGH", createdAt: new Date(0) },
    });

    await expect(changeTicketStatus(agent, { ticketNumber: ticket.number, status: "OPEN", version: 1 })).rejects.toThrow(RangeError);
    expect(await reload(ticket.id)).toMatchObject({ status: "NEW", version: 1 });
    expect(await eventsOf(ticket.id)).toHaveLength(1);
    expect(await auditsOf(ticket.id)).toEqual([]);
  });
});

describe("a merged ticket", () => {
  it("refuses changes and points to the ticket it was merged into", async () => {
    const { workspace, agent, client, ticket } = await desk();
    const duplicate = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, mergedIntoId: ticket.id });
    await expect(changeTicketPriority(agent, { ticketNumber: duplicate.number, priority: "LOW", version: 1 })).rejects.toThrow(
      `merged into #${ticket.number}`,
    );
    expect((await reload(duplicate.id)).version).toBe(1);
  });
});
