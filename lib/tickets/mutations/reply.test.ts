import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { replyToTicket } from "./reply";

async function ticketWithPeople(status: "NEW" | "WAITING_ON_CUSTOMER" | "RESOLVED" = "NEW") {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ workspaceId: workspace.id });
  const ticket = await createTicket({
    workspaceId: workspace.id,
    requesterId: client.userId,
    status,
    firstResponseDueAt: new Date(Date.now() + 3_600_000),
  });
  return { workspace, agent, client, ticket };
}

const message = (ticketNumber: number, overrides: { isInternal?: boolean; requestKey?: string; body?: string } = {}) => ({
  ticketNumber,
  body: overrides.body ?? "Thanks, looking into it.",
  isInternal: overrides.isInternal ?? false,
  requestKey: overrides.requestKey ?? randomUUID(),
});

describe("replyToTicket", () => {
  it("records the first response at the first public staff reply, once", async () => {
    const { agent, client, ticket } = await ticketWithPeople();
    await replyToTicket(client, message(ticket.number));
    await replyToTicket(agent, message(ticket.number, { isInternal: true }));
    let row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row.firstResponseAt).toBeNull();
    expect(row.firstResponseDueAt).not.toBeNull();

    await replyToTicket(agent, message(ticket.number));
    row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const firstResponseAt = row.firstResponseAt;
    expect(firstResponseAt).not.toBeNull();
    // The due time it was measured against stays, so reports can tell a late answer.
    expect(row.firstResponseAt!.getTime()).toBeLessThan(row.firstResponseDueAt!.getTime());
    expect(row.version).toBe(ticket.version + 3);

    await replyToTicket(agent, message(ticket.number));
    row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row.firstResponseAt).toEqual(firstResponseAt);
  });

  it("audits replies and notes apart", async () => {
    const { agent, ticket } = await ticketWithPeople();
    await replyToTicket(agent, message(ticket.number));
    await replyToTicket(agent, message(ticket.number, { isInternal: true }));
    const actions = await db.auditLog.findMany({ where: { targetId: ticket.id }, select: { action: true } });
    expect(actions.map((entry) => entry.action).sort()).toEqual(["ticket.note_added", "ticket.replied"]);
  });

  it("refuses an internal note from a client, on their own ticket too", async () => {
    const { client, ticket } = await ticketWithPeople();
    await expect(replyToTicket(client, message(ticket.number, { isInternal: true }))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.comment.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it("puts a ticket waiting on the customer back to Open when the client replies, with an event", async () => {
    const { client, ticket } = await ticketWithPeople("WAITING_ON_CUSTOMER");
    await replyToTicket(client, message(ticket.number));
    const reopened = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(reopened.status).toBe("OPEN");
    // The resolution clock runs again, so the ticket has a due time once more.
    expect(reopened.dueAt).not.toBeNull();
    const events = await db.ticketEvent.findMany({ where: { ticketId: ticket.id } });
    expect(events).toMatchObject([
      { type: "STATUS_CHANGED", fromValue: "WAITING_ON_CUSTOMER", toValue: "OPEN", actorId: client.userId },
    ]);
  });

  it("leaves a resolved ticket resolved when the client replies, and a waiting one waiting when staff do", async () => {
    const resolved = await ticketWithPeople("RESOLVED");
    await replyToTicket(resolved.client, message(resolved.ticket.number));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: resolved.ticket.id } })).status).toBe("RESOLVED");

    const waiting = await ticketWithPeople("WAITING_ON_CUSTOMER");
    await replyToTicket(waiting.agent, message(waiting.ticket.number));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: waiting.ticket.id } })).status).toBe("WAITING_ON_CUSTOMER");
  });

  it("posts one reply for a double submit, even when both arrive at once", async () => {
    const { client, ticket } = await ticketWithPeople();
    const draft = message(ticket.number);
    const [a, b] = await Promise.all([replyToTicket(client, draft), replyToTicket(client, draft)]);
    const again = await replyToTicket(client, draft);
    expect(new Set([a.commentId, b.commentId, again.commentId]).size).toBe(1);
    expect(await db.comment.count({ where: { ticketId: ticket.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "ticket.replied", targetId: ticket.id } })).toBe(1);
  });

  it("is not found for another client's ticket and for another workspace's staff", async () => {
    const { workspace, ticket } = await ticketWithPeople();
    const { actor: otherClient } = await createUser({ workspaceId: workspace.id });
    const { actor: outsideAgent } = await createUser({ role: "AGENT" });
    const { actor: outsideAdmin } = await createUser({ role: "ADMIN" });
    for (const actor of [otherClient, outsideAgent, outsideAdmin]) {
      await expect(replyToTicket(actor, message(ticket.number))).rejects.toBeInstanceOf(NotFoundError);
      await expect(replyToTicket(actor, message(ticket.number, { isInternal: true }))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.comment.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it("refuses a reply to a ticket merged into another and names the target", async () => {
    const { workspace, agent, client, ticket } = await ticketWithPeople();
    const target = await createTicket({ workspaceId: workspace.id, requesterId: client.userId });
    await db.ticket.update({ where: { id: ticket.id }, data: { mergedIntoId: target.id } });
    await expect(replyToTicket(agent, message(ticket.number))).rejects.toThrow(`#${target.number}`);
  });
});
