import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { ValidationError } from "@/lib/errors";
import { createTestCategory, createUser, createWorkspace } from "@/lib/test/factories";
import type { CreateTicketInput } from "../schemas";
import { refreshTicketSla } from "../sla";
import { createTicket } from "./create";

const input = (overrides: Partial<CreateTicketInput> = {}): CreateTicketInput => ({
  title: "Printer on fire",
  description: "It is **really** on fire.",
  kind: "INCIDENT",
  requestKey: randomUUID(),
  ...overrides,
});

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe("createTicket", () => {
  it("numbers tickets from the workspace counter and records a CREATED event and an audit entry", async () => {
    const workspace = await createWorkspace();
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    const category = await createTestCategory({ workspaceId: workspace.id });

    const first = await createTicket(client, input({ categoryId: category.id, priority: "HIGH" }));
    const second = await createTicket(client, input());
    expect(second.number).toBe(first.number + 1);

    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: first.id } });
    expect(ticket).toMatchObject({
      workspaceId: workspace.id,
      requesterId: client.userId,
      status: "NEW",
      priority: "HIGH",
      categoryId: category.id,
    });
    const events = await db.ticketEvent.findMany({ where: { ticketId: first.id } });
    expect(events).toMatchObject([{ type: "CREATED", actorId: client.userId }]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.created", targetId: first.id } });
    expect(audit).toMatchObject({ actorId: client.userId, workspaceId: workspace.id });
  });

  it("files one ticket for a double submit, even when both arrive at once", async () => {
    const { actor: client } = await createUser();
    const same = input();
    const [a, b] = await Promise.all([createTicket(client, same), createTicket(client, same)]);
    const again = await createTicket(client, same);
    expect(new Set([a.id, b.id, again.id]).size).toBe(1);
    expect([a.isNew, b.isNew].sort()).toEqual([false, true]);
    expect(await db.ticket.count({ where: { requesterId: client.userId } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "ticket.created", actorId: client.userId } })).toBe(1);
    // The losing attempt's counter increment rolled back with it: numbers have no gaps.
    const next = await createTicket(client, input());
    expect(next.number).toBe(a.number + 1);
  });

  it("refuses an archived category or one of another workspace with a field error", async () => {
    const workspace = await createWorkspace();
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    const archived = await createTestCategory({ workspaceId: workspace.id, archived: true });
    const foreign = await createTestCategory({ workspaceId: (await createWorkspace()).id });

    for (const category of [archived, foreign]) {
      expect(await fieldErrorsOf(createTicket(client, input({ categoryId: category.id })))).toHaveProperty("categoryId");
    }
    expect(await db.ticket.count({ where: { requesterId: client.userId } })).toBe(0);
  });

  it("lets staff mark a ticket urgent but gives a client a field error", async () => {
    const workspace = await createWorkspace();
    const { actor: client } = await createUser({ workspaceId: workspace.id });
    const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });

    expect(await fieldErrorsOf(createTicket(client, input({ priority: "URGENT" })))).toHaveProperty("priority");
    const urgent = await createTicket(agent, input({ priority: "URGENT" }));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: urgent.id } })).priority).toBe("URGENT");
  });
});

describe("createTicket and the SLA clock", () => {
  it("starts both clocks from the priority's targets", async () => {
    const { actor } = await createUser({ role: "AGENT" });
    const { id } = await createTicket(actor, input({ priority: "URGENT" }));
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id } });
    const HOUR = 3_600_000;
    expect(ticket.dueAt!.getTime() - ticket.createdAt.getTime()).toBeCloseTo(4 * HOUR, -4);
    expect(ticket.firstResponseDueAt!.getTime() - ticket.createdAt.getTime()).toBeCloseTo(1 * HOUR, -4);
  });

  it("writes the due times a later recalculation would, under a business calendar", async () => {
    const weekday = [{ start: "09:00", end: "17:00" }];
    const workspace = await createWorkspace({
      businessCalendar: { timeZone: "Europe/Berlin", weeklyHours: [[], weekday, weekday, weekday, weekday, weekday, []], holidays: [] },
      slaRevision: 3,
    });
    const { actor } = await createUser({ role: "AGENT", workspaceId: workspace.id });
    const { id } = await createTicket(actor, input({ priority: "HIGH" }));
    const dueTimes = () => db.ticket.findUniqueOrThrow({ where: { id }, select: { dueAt: true, firstResponseDueAt: true, slaRevision: true } });
    const filed = await dueTimes();
    await db.$transaction((tx) => refreshTicketSla(tx, id, new Date()));
    expect(await dueTimes()).toEqual(filed);
    expect(filed.slaRevision).toBe(3);
  });
});
