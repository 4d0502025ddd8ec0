import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { TICKET_CONFLICT_MESSAGE } from "../change-schemas";
import { MERGE_INTO_ITSELF_MESSAGE } from "../merge-schemas";
import { findTicketForActor } from "../queries/detail";
import { mergeTicket } from "./merge";

async function desk() {
  const workspace = await createWorkspace();
  const { actor: agent } = await createUser({ role: "AGENT", workspaceId: workspace.id });
  const { actor: client } = await createUser({ role: "CLIENT", workspaceId: workspace.id, name: "Ann" });
  const ticket = (overrides: Partial<Parameters<typeof createTicket>[0]> = {}) =>
    createTicket({ workspaceId: workspace.id, requesterId: client.userId, ...overrides });
  const duplicate = await ticket({ title: "Printer offline again", description: "The 3rd floor printer is down.", createdAt: new Date("2026-01-01T10:00:00Z") });
  const target = await ticket({ title: "Printer offline", status: "OPEN" });
  return { workspace, agent, client, duplicate, target, ticket };
}

const reload = (id: string) => db.ticket.findUniqueOrThrow({ where: { id } });
const commentsOf = (ticketId: string) => db.comment.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } });
const eventsOf = (ticketId: string) => db.ticketEvent.findMany({ where: { ticketId }, orderBy: [{ createdAt: "asc" }, { type: "asc" }] });
const auditsOf = (ticketId: string) => db.auditLog.findMany({ where: { targetType: "ticket", targetId: ticketId } });
const comment = (ticketId: string, workspaceId: string, authorId: string, createdAt: Date, isInternal = false) =>
  db.comment.create({ data: { ticketId, workspaceId, authorId, body: `Reply at ${createdAt.toISOString()}`, createdAt, isInternal } });

describe("merging a duplicate into another ticket", () => {
  it("moves its replies to the target marked as merged, keeping their times", async () => {
    const { workspace, agent, client, duplicate, target } = await desk();
    const first = await comment(duplicate.id, workspace.id, client.userId, new Date("2026-01-01T11:00:00Z"));
    const note = await comment(duplicate.id, workspace.id, agent.userId, new Date("2026-01-01T12:00:00Z"), true);

    const result = await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });

    expect(result).toEqual({ changed: true, version: 2, targetNumber: target.number });
    const moved = await commentsOf(target.id);
    expect(moved.map((row) => row.id)).toEqual(expect.arrayContaining([first.id, note.id]));
    expect(moved.find((row) => row.id === first.id)).toMatchObject({
      mergedFromTicketId: duplicate.id,
      createdAt: first.createdAt,
      isInternal: false,
    });
    expect(moved.find((row) => row.id === note.id)).toMatchObject({ mergedFromTicketId: duplicate.id, isInternal: true });
    expect(await commentsOf(duplicate.id)).toEqual([]);
  });

  it("keeps the duplicate's description as a merged reply by its requester, dated when it was filed", async () => {
    const { agent, client, duplicate, target } = await desk();
    await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });

    const [description] = await commentsOf(target.id);
    expect(description).toMatchObject({
      authorId: client.userId,
      mergedFromTicketId: duplicate.id,
      createdAt: duplicate.createdAt,
      isInternal: false,
    });
    expect(description?.body).toContain("Printer offline again");
    expect(description?.body).toContain("The 3rd floor printer is down.");
  });

  it("closes the duplicate with a link to the target, and its number redirects there", async () => {
    const { agent, client, duplicate, target } = await desk();
    await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });

    expect(await reload(duplicate.id)).toMatchObject({ status: "CLOSED", closedAt: expect.any(Date), mergedIntoId: target.id, version: 2 });
    expect(await reload(target.id)).toMatchObject({ status: "OPEN", mergedIntoId: null, version: 1 });
    expect(await findTicketForActor(agent, duplicate.number)).toEqual({ redirectTo: target.number });
    expect(await findTicketForActor(client, duplicate.number)).toEqual({ redirectTo: target.number });
  });

  it("records the merge on both timelines and in the audit log", async () => {
    const { agent, client, duplicate, target } = await desk();
    await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });

    expect(await eventsOf(duplicate.id)).toMatchObject([
      { type: "STATUS_CHANGED", fromValue: "NEW", toValue: "CLOSED", actorId: agent.userId },
      { type: "MERGED_INTO", toValue: String(target.number), actorId: agent.userId },
    ]);
    expect(await eventsOf(target.id)).toMatchObject([
      { type: "MERGED_FROM", fromValue: String(duplicate.number), toValue: client.userId, actorId: agent.userId },
    ]);
    expect(await auditsOf(duplicate.id)).toMatchObject([
      { action: "ticket.merged", actorId: agent.userId, metadata: { from: duplicate.number, into: target.number } },
    ]);
  });

  it("turns what it moves into internal notes when the requesters differ, so no client sees another's words", async () => {
    const { workspace, agent, client, duplicate } = await desk();
    const { actor: otherClient } = await createUser({ role: "CLIENT", workspaceId: workspace.id });
    const target = await createTicket({ workspaceId: workspace.id, requesterId: otherClient.userId, status: "OPEN" });
    await comment(duplicate.id, workspace.id, client.userId, new Date("2026-01-01T11:00:00Z"));

    await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });

    const moved = await commentsOf(target.id);
    expect(moved).toHaveLength(2);
    expect(moved.every((row) => row.isInternal)).toBe(true);
  });

  it("re-points tickets merged into the duplicate earlier, so their numbers redirect in one step", async () => {
    const { agent, duplicate, target, ticket } = await desk();
    const older = await ticket();
    await mergeTicket(agent, { ticketNumber: older.number, targetNumber: duplicate.number, version: 1 });
    await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });

    expect(await reload(older.id)).toMatchObject({ mergedIntoId: target.id });
    const olderDescription = (await commentsOf(target.id)).find((row) => row.body.startsWith(older.title));
    expect(olderDescription).toMatchObject({ mergedFromTicketId: older.id });
  });

  it("changes nothing when the duplicate is already merged into the same target", async () => {
    const { agent, duplicate, target } = await desk();
    await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });
    const again = await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });

    expect(again).toEqual({ changed: false, version: 2, targetNumber: target.number });
    expect(await commentsOf(target.id)).toHaveLength(1);
    expect(await auditsOf(duplicate.id)).toHaveLength(1);
  });
});

describe("refusing a merge", () => {
  it("refuses a stale version with the conflict message and changes nothing", async () => {
    const { workspace, agent, client, duplicate, target } = await desk();
    await comment(duplicate.id, workspace.id, client.userId, new Date("2026-01-01T11:00:00Z"));
    await db.ticket.update({ where: { id: duplicate.id }, data: { version: 2 } });

    const attempt = mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow(TICKET_CONFLICT_MESSAGE);
    expect(await reload(duplicate.id)).toMatchObject({ status: "NEW", mergedIntoId: null, version: 2 });
    expect(await commentsOf(duplicate.id)).toHaveLength(1);
    expect(await commentsOf(target.id)).toEqual([]);
    expect(await eventsOf(target.id)).toEqual([]);
    expect(await auditsOf(duplicate.id)).toEqual([]);
  });

  it("does not let clients merge, even their own tickets", async () => {
    const { client, duplicate, target } = await desk();
    const attempt = mergeTicket(client, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toThrow("Only staff can merge tickets.");
    expect(await reload(duplicate.id)).toMatchObject({ mergedIntoId: null });
  });

  it("treats a ticket of another workspace as not found, on either side", async () => {
    const { duplicate, target } = await desk();
    const elsewhere = await createWorkspace();
    const { actor: outsider } = await createUser({ role: "AGENT", workspaceId: elsewhere.id });
    // The outsider's own workspace has a ticket numbered like the duplicate, but none like the target.
    const own = await createTicket({ workspaceId: elsewhere.id, requesterId: outsider.userId });
    expect(own.number).toBe(duplicate.number);

    await expect(
      mergeTicket(outsider, { ticketNumber: own.number, targetNumber: target.number, version: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      mergeTicket(outsider, { ticketNumber: target.number, targetNumber: own.number, version: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await reload(target.id)).toMatchObject({ version: 1, mergedIntoId: null });
    expect(await reload(own.id)).toMatchObject({ version: 1, mergedIntoId: null });
    expect(await commentsOf(target.id)).toEqual([]);
  });

  it("refuses a target number that does not exist in the workspace", async () => {
    const { agent, duplicate } = await desk();
    const attempt = mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: 999_999, version: 1 });
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toThrow("Ticket #999999 was not found.");
  });

  it("refuses to merge a ticket into itself", async () => {
    const { agent, duplicate } = await desk();
    const attempt = mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: duplicate.number, version: 1 });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(MERGE_INTO_ITSELF_MESSAGE);
  });

  it("refuses a target that was itself merged, naming where it went", async () => {
    const { agent, duplicate, target, ticket } = await desk();
    const merged = await ticket();
    await mergeTicket(agent, { ticketNumber: merged.number, targetNumber: target.number, version: 1 });

    const attempt = mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: merged.number, version: 1 });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(`#${merged.number} was itself merged into #${target.number}. Merge into #${target.number} instead.`);
  });

  it("refuses a closed target but accepts a resolved one", async () => {
    const { agent, duplicate, ticket } = await desk();
    const closed = await ticket({ status: "CLOSED", closedAt: new Date() });
    const resolved = await ticket({ status: "RESOLVED", resolvedAt: new Date() });

    const attempt = mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: closed.number, version: 1 });
    await expect(attempt).rejects.toThrow(`#${closed.number} is closed. Reopen it first, or choose an open ticket.`);
    const result = await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: resolved.number, version: 1 });
    expect(result.changed).toBe(true);
  });

  it("refuses to merge a duplicate that was already merged elsewhere", async () => {
    const { agent, duplicate, target, ticket } = await desk();
    const other = await ticket({ status: "OPEN" });
    await mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: target.number, version: 1 });

    const attempt = mergeTicket(agent, { ticketNumber: duplicate.number, targetNumber: other.number, version: 2 });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toThrow(`#${duplicate.number} was already merged into #${target.number}.`);
  });

  it("lets exactly one of two opposite merges run at once win, leaving a consistent pair", async () => {
    const { agent, duplicate: a, target: b } = await desk();
    const results = await Promise.allSettled([
      mergeTicket(agent, { ticketNumber: a.number, targetNumber: b.number, version: 1 }),
      mergeTicket(agent, { ticketNumber: b.number, targetNumber: a.number, version: 1 }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(ValidationError);
    expect(refused?.status === "rejected" && refused.reason.message).toMatch(/^#\d+ was already merged into #\d+\.$/);
    const [afterA, afterB] = await Promise.all([reload(a.id), reload(b.id)]);
    const mergedLinks = [afterA.mergedIntoId, afterB.mergedIntoId].filter(Boolean);
    expect(mergedLinks).toEqual([afterA.mergedIntoId ? b.id : a.id]);
    const survivor = afterA.mergedIntoId ? b : a;
    expect(await commentsOf(survivor.id)).toHaveLength(1);
  });
});
