import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { ConflictError } from "@/lib/errors";
import type { TicketStatus } from "@/lib/generated/prisma/enums";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { bulkChangeTickets } from "@/lib/tickets/mutations/bulk";
import { assignTicket, changeTicketPriority, changeTicketStatus } from "@/lib/tickets/mutations/change";
import { closeOwnTicket } from "@/lib/tickets/mutations/change-own";
import { notifyNewTicket } from "./notify";
import { findNewTicketAudience } from "./recipients";
import { emailsTo, setPreferences } from "./test-support";

async function ticketIn(status: TicketStatus) {
  const workspace = await createWorkspace({ clientReopenDays: 9 });
  const { actor: client } = await createUser({ workspaceId: workspace.id });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const ticket = await createTicket({ workspaceId: workspace.id, requesterId: client.userId, status });
  return { workspace, client, agent, ticket };
}

const versionOf = async (id: string) => (await db.ticket.findUniqueOrThrow({ where: { id } })).version;

describe("emails on a status change", () => {
  it("tells the requester when their ticket waits on them and when it is resolved, with the reopen window", async () => {
    const { client, agent, ticket } = await ticketIn("OPEN");
    await changeTicketStatus(agent, { ticketNumber: ticket.number, version: ticket.version, status: "WAITING_ON_CUSTOMER" });
    await changeTicketStatus(agent, { ticketNumber: ticket.number, version: await versionOf(ticket.id), status: "RESOLVED" });

    const [waiting, resolved, ...others] = await emailsTo(client.email, "ticket-status-changed");
    expect(others).toEqual([]);
    expect(waiting?.subject).toContain("is waiting on you");
    expect(resolved?.subject).toContain("was resolved");
    expect(resolved?.text).toContain("within 9 days");
  });

  it("sends nothing for other statuses, nor for the requester's own close", async () => {
    const { client, agent, ticket } = await ticketIn("NEW");
    await changeTicketStatus(agent, { ticketNumber: ticket.number, version: ticket.version, status: "OPEN" });
    await changeTicketStatus(agent, { ticketNumber: ticket.number, version: await versionOf(ticket.id), status: "IN_PROGRESS" });
    await closeOwnTicket(client, { ticketNumber: ticket.number, version: await versionOf(ticket.id) });
    expect(await emailsTo(client.email)).toEqual([]);
  });

  it("respects a requester who turned off updates", async () => {
    const { client, agent, ticket } = await ticketIn("OPEN");
    await setPreferences(client, { notifyOwnTicketUpdates: false });
    await changeTicketStatus(agent, { ticketNumber: ticket.number, version: ticket.version, status: "RESOLVED" });
    expect(await emailsTo(client.email)).toEqual([]);
  });

  it("emails each requester of a bulk resolve", async () => {
    const { workspace, client, agent, ticket } = await ticketIn("OPEN");
    const { actor: otherClient } = await createUser({ workspaceId: workspace.id });
    const other = await createTicket({ workspaceId: workspace.id, requesterId: otherClient.userId, status: "IN_PROGRESS" });
    await bulkChangeTickets(agent, { ticketNumbers: [ticket.number, other.number], change: { kind: "status", status: "RESOLVED" } });
    expect(await emailsTo(client.email, "ticket-status-changed")).toHaveLength(1);
    expect(await emailsTo(otherClient.email, "ticket-status-changed")).toHaveLength(1);
  });
});

describe("emails on an assignment", () => {
  it("tells the assignee, with the requester and priority, but not someone who assigns themselves", async () => {
    const { workspace, client, agent, ticket } = await ticketIn("OPEN");
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    await assignTicket(manager, { ticketNumber: ticket.number, version: ticket.version, assigneeId: agent.userId });
    await assignTicket(manager, { ticketNumber: ticket.number, version: await versionOf(ticket.id), assigneeId: manager.userId });

    const [email, ...others] = await emailsTo(agent.email, "ticket-assigned");
    expect(others).toEqual([]);
    expect(email?.subject).toBe(`Assigned to you: #${ticket.number}: ${ticket.title}`);
    expect(email?.text).toContain(`Requester: ${client.name}. Priority: Medium.`);
    expect(await emailsTo(manager.email)).toEqual([]);
  });

  it("respects an assignee who turned assignment emails off, also in a bulk assign", async () => {
    const { workspace, agent, ticket } = await ticketIn("OPEN");
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    await setPreferences(agent, { notifyAssignments: false });
    await bulkChangeTickets(manager, { ticketNumbers: [ticket.number], change: { kind: "assign", assigneeId: agent.userId } });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ assigneeId: agent.userId });
    expect(await emailsTo(agent.email)).toEqual([]);
  });
});

describe("emails and failed changes", () => {
  it("queues no email for a change refused as stale", async () => {
    const { client, agent, ticket } = await ticketIn("OPEN");
    await changeTicketPriority(agent, { ticketNumber: ticket.number, version: ticket.version, priority: "HIGH" });
    const stale = changeTicketStatus(agent, { ticketNumber: ticket.number, version: ticket.version, status: "RESOLVED" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect(await emailsTo(client.email)).toEqual([]);
  });

  it("loses a queued email when the transaction that queued it rolls back", async () => {
    const { client, ticket } = await ticketIn("OPEN");
    const failing = db.$transaction(async (tx) => {
      await notifyNewTicket(tx, { ...ticket, workspace: { slug: "acme" } }, null, await findNewTicketAudience(tx, { ...ticket, categoryId: null }));
      expect(await tx.emailMessage.count({ where: { to: client.email } })).toBe(1);
      throw new ConflictError("Someone else changed this ticket.");
    });
    await expect(failing).rejects.toBeInstanceOf(ConflictError);
    expect(await emailsTo(client.email)).toEqual([]);
  });
});
