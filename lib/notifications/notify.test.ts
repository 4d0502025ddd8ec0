import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { inviteMember } from "@/lib/invitations/invite";
import { createTestCategory, createUser, createWorkspace } from "@/lib/test/factories";
import { replyToTicket } from "@/lib/tickets/mutations/reply";
import { MAX_NEW_TICKET_RECIPIENTS } from "./recipients";
import { emailsTo, fileTicketAs, setPreferences } from "./test-support";

async function helpdesk() {
  const workspace = await createWorkspace();
  const { actor: client } = await createUser({ workspaceId: workspace.id });
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
  return { workspace, client, agent, manager };
}

describe("emails on a new ticket", () => {
  it("tells the requester it was received, with its number, title and link", async () => {
    const { client } = await helpdesk();
    const ticket = await fileTicketAs(client, { title: "Laptop <b>won't</b> boot" });
    const [email, ...others] = await emailsTo(client.email);
    expect(others).toEqual([]);
    expect(email).toMatchObject({ template: "ticket-created", subject: `We received your request #${ticket.number}: Laptop <b>won't</b> boot` });
    expect(email?.text).toContain(`/w/${client.workspaceSlug}/tickets/${ticket.number}`);
    expect(email?.html).toContain("Laptop &lt;b&gt;won&#39;t&lt;/b&gt; boot");
  });

  it("tells every active staff member who wants new tickets when nobody watches the category", async () => {
    const { workspace, client, agent, manager } = await helpdesk();
    const { actor: optedOut } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { actor: disabled } = await createUser({ role: "ADMIN", workspaceId: workspace.id, disabled: true });
    const { actor: otherClient } = await createUser({ workspaceId: workspace.id });
    await setPreferences(optedOut, { notifyNewTickets: false });
    const category = await createTestCategory({ workspaceId: workspace.id });

    const ticket = await fileTicketAs(client, { categoryId: category.id, priority: "HIGH" });
    const [toAgent] = await emailsTo(agent.email, "ticket-new-for-staff");
    expect(toAgent?.subject).toBe(`New ticket #${ticket.number}: ${(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).title}`);
    expect(toAgent?.text).toContain(`${client.name} filed #${ticket.number}`);
    expect(toAgent?.text).toContain(`Category: ${category.name}. Priority: High.`);
    expect(await emailsTo(manager.email, "ticket-new-for-staff")).toHaveLength(1);
    for (const silent of [optedOut, disabled, otherClient]) expect(await emailsTo(silent.email)).toEqual([]);
  });

  it("tells only the category's watchers when someone watches it, never the staff member who filed it", async () => {
    const { workspace, client, agent, manager } = await helpdesk();
    const { actor: watcher } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const category = await createTestCategory({ workspaceId: workspace.id });
    await db.categoryWatcher.createMany({ data: [watcher, manager].map((staff) => ({ categoryId: category.id, userId: staff.userId, workspaceId: workspace.id })) });

    await fileTicketAs(client, { categoryId: category.id });
    expect(await emailsTo(watcher.email, "ticket-new-for-staff")).toHaveLength(1);
    expect(await emailsTo(manager.email, "ticket-new-for-staff")).toHaveLength(1);
    expect(await emailsTo(agent.email)).toEqual([]);

    await fileTicketAs(manager, { categoryId: category.id });
    expect(await emailsTo(watcher.email, "ticket-new-for-staff")).toHaveLength(2);
    expect(await emailsTo(manager.email, "ticket-new-for-staff")).toHaveLength(1);
  });

  it("falls back to all staff when the category's only watcher turned new-ticket emails off", async () => {
    const { workspace, client, agent, manager } = await helpdesk();
    const category = await createTestCategory({ workspaceId: workspace.id });
    await db.categoryWatcher.create({ data: { categoryId: category.id, userId: manager.userId, workspaceId: workspace.id } });
    await setPreferences(manager, { notifyNewTickets: false });

    await fileTicketAs(client, { categoryId: category.id });
    expect(await emailsTo(agent.email, "ticket-new-for-staff")).toHaveLength(1);
    expect(await emailsTo(manager.email)).toEqual([]);
  });

  it("never tells invited staff who have not accepted yet: they are no members until then", async () => {
    const { workspace, client, agent } = await helpdesk();
    const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
    const invitee = await inviteMember(admin, { name: "Ivy Invitee", email: `ivy-${randomUUID()}@example.com`, role: "AGENT" });

    await fileTicketAs(client, { categoryId: (await createTestCategory({ workspaceId: workspace.id })).id });
    expect(await emailsTo(agent.email, "ticket-new-for-staff")).toHaveLength(1);
    expect((await emailsTo(invitee.email)).map((email) => email.template)).toEqual(["invitation"]);
  });

  it("respects a requester who turned off updates on their tickets", async () => {
    const { client, agent } = await helpdesk();
    await setPreferences(client, { notifyOwnTicketUpdates: false });
    await fileTicketAs(client);
    expect(await emailsTo(client.email)).toEqual([]);
    expect(await emailsTo(agent.email, "ticket-new-for-staff")).toHaveLength(1);
  });

  it(`sends at most ${MAX_NEW_TICKET_RECIPIENTS} new-ticket emails for one ticket`, async () => {
    const { workspace, client } = await helpdesk();
    const suffix = randomUUID().slice(0, 8);
    const emails = Array.from({ length: MAX_NEW_TICKET_RECIPIENTS + 5 }, (_, index) => `agent-${index}-${suffix}@example.com`);
    await db.user.createMany({ data: emails.map((email) => ({ email, name: email, emailVerifiedAt: new Date() })) });
    const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
    await db.membership.createMany({ data: users.map(({ id }) => ({ userId: id, workspaceId: workspace.id, role: "AGENT" as const })) });

    await fileTicketAs(client);
    expect(await db.emailMessage.count({ where: { workspaceId: workspace.id, template: "ticket-new-for-staff" } })).toBe(
      MAX_NEW_TICKET_RECIPIENTS,
    );
  });
});

describe("emails on a reply", () => {
  const reply = (ticketNumber: number, body: string, isInternal = false) => ({ ticketNumber, body, isInternal, requestKey: randomUUID() });

  it("sends a public staff reply to the requester, once even for a repeated draft", async () => {
    const { client, agent } = await helpdesk();
    const ticket = await fileTicketAs(client);
    const input = reply(ticket.number, "We replaced the **toner**.\n\nTry again now.");
    await replyToTicket(agent, input);
    await replyToTicket(agent, input);

    const emails = await emailsTo(client.email, "ticket-replied");
    expect(emails).toHaveLength(1);
    expect(emails[0]?.text).toContain(`${agent.name} replied to your request #${ticket.number}`);
    expect(emails[0]?.text).toContain("We replaced the **toner**.\n\nTry again now.");
  });

  it("emails nobody about an internal note, and no email ever carries its text", async () => {
    const { workspace, client, agent, manager } = await helpdesk();
    const ticket = await fileTicketAs(client);
    const secret = `Internal: the customer owes us money ${randomUUID()}`;
    await replyToTicket(agent, reply(ticket.number, secret, true));
    await replyToTicket(manager, reply(ticket.number, "Public answer."));

    expect(await emailsTo(client.email, "ticket-replied")).toHaveLength(1);
    const all = await db.emailMessage.findMany({ where: { workspaceId: workspace.id } });
    expect(all.length).toBeGreaterThan(0);
    for (const email of all) expect(`${email.subject}${email.text}${email.html}`).not.toContain(secret);
  });

  it("does not email a client about their own reply, nor staff about a client's reply", async () => {
    const { client, agent } = await helpdesk();
    const ticket = await fileTicketAs(client);
    await replyToTicket(client, reply(ticket.number, "Any news?"));
    expect(await emailsTo(client.email, "ticket-replied")).toEqual([]);
    expect(await emailsTo(agent.email, "ticket-replied")).toEqual([]);
  });

  it("does not email a staff member about their own reply on a ticket they filed", async () => {
    const { agent } = await helpdesk();
    const ticket = await fileTicketAs(agent);
    await replyToTicket(agent, reply(ticket.number, "Adding details."));
    expect(await emailsTo(agent.email, "ticket-replied")).toEqual([]);
  });

  it("respects a requester who turned off updates", async () => {
    const { client, agent } = await helpdesk();
    const ticket = await fileTicketAs(client);
    await setPreferences(client, { notifyOwnTicketUpdates: false });
    await replyToTicket(agent, reply(ticket.number, "Done."));
    expect(await emailsTo(client.email, "ticket-replied")).toEqual([]);
  });
});
