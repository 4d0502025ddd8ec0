import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { NotFoundError } from "@/lib/errors";
import { createUser, createWorkspace } from "@/lib/test/factories";
import { updateSlaSettings } from "@/lib/workspace-settings/mutations";
import { getSlaRecalculationBacklog, getSlaSettingsForm } from "@/lib/workspace-settings/queries";
import { createTicket } from "./mutations/create";
import { changeTicketStatus } from "./mutations/change";
import { countTicketsAwaitingSlaRecalculation, recalculateStaleSla } from "./sla-recalculation";

const HOUR_MS = 3_600_000;

async function workspaceWithTickets() {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  const { actor: client } = await createUser({ workspaceId: workspace.id });
  const file = (title: string) =>
    createTicket(client, { title, description: "Details.", kind: "QUESTION", priority: "MEDIUM", requestKey: randomUUID() });
  const open = await file("Still open");
  const resolved = await file("Already resolved");
  const opened = await changeTicketStatus(admin, { ticketNumber: resolved.number, version: 1, status: "OPEN" });
  await changeTicketStatus(admin, { ticketNumber: resolved.number, version: opened.version, status: "RESOLVED" });
  return { workspace, admin, open, resolved };
}

const readTicket = (id: string) =>
  db.ticket.findUniqueOrThrow({ where: { id }, select: { createdAt: true, updatedAt: true, version: true, dueAt: true, slaRevision: true } });

describe("recalculating due times after the SLA settings change", () => {
  it("moves open tickets to the new targets without touching their activity time or version, and leaves resolved ones", async () => {
    const { workspace, admin, open, resolved } = await workspaceWithTickets();
    const before = await readTicket(open.id);
    const resolvedBefore = await readTicket(resolved.id);
    expect(before.dueAt!.getTime() - before.createdAt.getTime()).toBe(24 * HOUR_MS);

    const form = await getSlaSettingsForm(admin);
    await updateSlaSettings(admin, { ...form, targets: { ...form.targets, MEDIUM: { firstResponseHours: 8, resolutionHours: 48 } } });
    expect(await getSlaRecalculationBacklog(admin)).toBe(1);

    expect(await recalculateStaleSla()).toBeGreaterThanOrEqual(1);
    const after = await readTicket(open.id);
    expect(after.dueAt!.getTime() - after.createdAt.getTime()).toBe(48 * HOUR_MS);
    expect(after).toMatchObject({ updatedAt: before.updatedAt, version: before.version, slaRevision: 2 });
    expect(await readTicket(resolved.id)).toEqual(resolvedBefore);
    expect(await countTicketsAwaitingSlaRecalculation(workspace.id)).toBe(0);
  });

  it("reaches a workspace with stale tickets however many workspaces come before it with none", async () => {
    await workspaceWithTickets();
    await workspaceWithTickets();
    const { workspace, admin } = await workspaceWithTickets();
    await recalculateStaleSla();
    const form = await getSlaSettingsForm(admin);
    await updateSlaSettings(admin, { ...form, targets: { ...form.targets, MEDIUM: { firstResponseHours: 8, resolutionHours: 48 } } });

    expect(await recalculateStaleSla({ maxBatches: 1 })).toBe(1);
    expect(await countTicketsAwaitingSlaRecalculation(workspace.id)).toBe(0);
  });

  it("leaves due times alone when only the reopen window changed", async () => {
    const { workspace, admin } = await workspaceWithTickets();
    await updateSlaSettings(admin, { ...(await getSlaSettingsForm(admin)), clientReopenDays: 3 });
    expect(await countTicketsAwaitingSlaRecalculation(workspace.id)).toBe(0);
    expect((await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).slaRevision).toBe(1);
  });

  it("stamps a ticket that changes meanwhile with the new revision, so the job has nothing left to do", async () => {
    const { workspace, admin, open } = await workspaceWithTickets();
    const form = await getSlaSettingsForm(admin);
    await updateSlaSettings(admin, { ...form, targets: { ...form.targets, MEDIUM: { firstResponseHours: 2, resolutionHours: 12 } } });
    await changeTicketStatus(admin, { ticketNumber: open.number, version: 1, status: "IN_PROGRESS" });

    const changed = await readTicket(open.id);
    expect(changed.slaRevision).toBe(2);
    expect(changed.dueAt!.getTime() - changed.createdAt.getTime()).toBe(12 * HOUR_MS);
    expect(await countTicketsAwaitingSlaRecalculation(workspace.id)).toBe(0);
  });

  it("shows the backlog to admins only", async () => {
    const { workspace } = await workspaceWithTickets();
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    await expect(getSlaRecalculationBacklog(manager)).rejects.toBeInstanceOf(NotFoundError);
  });
});
