import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { findRequesterReopenDeadline } from "../workflow-deadline";
import { closeOwnTicket, reopenOwnTicket } from "./change-own";

const DAY_MS = 24 * 60 * 60 * 1000;

async function clientWithTicket(ticket: { status?: "OPEN" | "RESOLVED" | "CLOSED"; resolvedDaysAgo?: number } = {}, reopenDays = 14) {
  const workspace = await createWorkspace({ clientReopenDays: reopenDays });
  const { actor: client } = await createUser({ role: "CLIENT", workspaceId: workspace.id });
  const resolvedAt = ticket.resolvedDaysAgo === undefined ? null : new Date(Date.now() - ticket.resolvedDaysAgo * DAY_MS);
  const created = await createTicket({
    workspaceId: workspace.id,
    requesterId: client.userId,
    status: ticket.status ?? "OPEN",
    resolvedAt,
    createdAt: new Date(Date.now() - 60 * DAY_MS),
  });
  return { workspace, client, ticket: created };
}

const reload = (id: string) => db.ticket.findUniqueOrThrow({ where: { id } });
const auditsOf = (ticketId: string) => db.auditLog.findMany({ where: { targetType: "ticket", targetId: ticketId } });

describe("a requester closing their ticket", () => {
  it("closes an open ticket with an event and an audit entry", async () => {
    const { client, ticket } = await clientWithTicket();
    expect(await closeOwnTicket(client, { ticketNumber: ticket.number, version: 1 })).toEqual({ changed: true, version: 2 });
    expect(await reload(ticket.id)).toMatchObject({ status: "CLOSED", closedAt: expect.any(Date), resolvedAt: null });
    expect(await db.ticketEvent.findMany({ where: { ticketId: ticket.id } })).toMatchObject([
      { type: "STATUS_CHANGED", fromValue: "OPEN", toValue: "CLOSED", actorId: client.userId },
    ]);
    expect(await auditsOf(ticket.id)).toMatchObject([{ action: "ticket.status_changed", actorId: client.userId }]);
  });

  it("closes a resolved ticket and keeps its resolution time", async () => {
    const { client, ticket } = await clientWithTicket({ status: "RESOLVED", resolvedDaysAgo: 1 });
    await closeOwnTicket(client, { ticketNumber: ticket.number, version: 1 });
    expect(await reload(ticket.id)).toMatchObject({ status: "CLOSED", resolvedAt: ticket.resolvedAt });
  });

  it("treats another client's ticket as not found", async () => {
    const { workspace, ticket } = await clientWithTicket();
    const { actor: other } = await createUser({ role: "CLIENT", workspaceId: workspace.id });
    await expect(closeOwnTicket(other, { ticketNumber: ticket.number, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await reload(ticket.id)).status).toBe("OPEN");
  });

  it("refuses a close made on a stale version", async () => {
    const { client, ticket } = await clientWithTicket();
    await db.ticket.update({ where: { id: ticket.id }, data: { version: 2 } });
    await expect(closeOwnTicket(client, { ticketNumber: ticket.number, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect((await reload(ticket.id)).status).toBe("OPEN");
  });
});

describe("a requester reopening their ticket", () => {
  it("reopens a resolved ticket within the window and clears its resolution", async () => {
    const { client, ticket } = await clientWithTicket({ status: "RESOLVED", resolvedDaysAgo: 13 });
    await reopenOwnTicket(client, { ticketNumber: ticket.number, version: 1 });
    expect(await reload(ticket.id)).toMatchObject({ status: "OPEN", resolvedAt: null, closedAt: null, version: 2 });
    expect(await auditsOf(ticket.id)).toMatchObject([{ action: "ticket.status_changed", metadata: { from: "RESOLVED", to: "OPEN" } }]);
  });

  it("refuses after the workspace's window with a message naming it, and writes nothing", async () => {
    const { client, ticket } = await clientWithTicket({ status: "RESOLVED", resolvedDaysAgo: 8 }, 7);
    const attempt = reopenOwnTicket(client, { ticketNumber: ticket.number, version: 1 });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toThrow(/7 days/);
    expect(await reload(ticket.id)).toMatchObject({ status: "RESOLVED", version: 1 });
    expect(await auditsOf(ticket.id)).toEqual([]);
  });

  it("refuses a ticket that is not resolved, closed ones included", async () => {
    for (const status of ["OPEN", "CLOSED"] as const) {
      const { client, ticket } = await clientWithTicket({ status, resolvedDaysAgo: 1 });
      await expect(reopenOwnTicket(client, { ticketNumber: ticket.number, version: 1 })).rejects.toMatchObject({
        code: "NOT_REOPENABLE",
      });
    }
  });

  it("treats another client's ticket as not found", async () => {
    const { ticket } = await clientWithTicket({ status: "RESOLVED", resolvedDaysAgo: 1 });
    const { actor: stranger } = await createUser({ role: "CLIENT" });
    await expect(reopenOwnTicket(stranger, { ticketNumber: ticket.number, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the reopen deadline for the ticket page", () => {
  it("is given to the requester within the window and to nobody else", async () => {
    const { workspace, client, ticket } = await clientWithTicket({ status: "RESOLVED", resolvedDaysAgo: 2 }, 7);
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const deadline = await findRequesterReopenDeadline(client, ticket, new Date());
    expect(deadline?.getTime()).toBe(ticket.resolvedAt!.getTime() + 7 * DAY_MS);
    expect(await findRequesterReopenDeadline(agent, ticket, new Date())).toBeNull();
    expect(await findRequesterReopenDeadline(client, ticket, new Date(Date.now() + 6 * DAY_MS))).toBeNull();
  });
});
