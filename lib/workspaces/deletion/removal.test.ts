import { describe, expect, it, vi } from "vitest";
import { serviceToken } from "@/lib/api/v1/test-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/test/db";
import { createTestCategory, createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { listWorkspaceDeletions } from "./progress";
import { removeDeletedWorkspaces, WORKSPACE_TABLES } from "./removal";
import { requestWorkspaceDeletion } from "./request";
import { startWorkspaceRemovalWorker } from "./worker";

/** A workspace with rows in every table that holds workspace data. */
async function populatedWorkspace(tickets = 3) {
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId });
  const { user: client } = await createUser({ workspaceId });
  const category = await createTestCategory({ workspaceId });
  await db.categoryWatcher.create({ data: { categoryId: category.id, userId: admin.userId, workspaceId } });
  await db.savedView.create({ data: { workspaceId, userId: admin.userId, name: "Open", query: "status=OPEN" } });
  const ticketIds: string[] = [];
  for (let index = 0; index < tickets; index += 1) {
    const ticket = await createTicket({ workspaceId, requesterId: client.id, categoryId: category.id, resolvedAt: new Date() });
    await db.comment.create({ data: { workspaceId, ticketId: ticket.id, authorId: admin.userId, body: "On it." } });
    await db.ticketEvent.create({ data: { workspaceId, ticketId: ticket.id, actorId: admin.userId, type: "CREATED" } });
    ticketIds.push(ticket.id);
  }
  const incident = await db.incident.create({
    data: { workspaceId, number: 1, title: "Mail is down", severity: "SEV2", commanderId: admin.userId, declaredById: admin.userId },
  });
  const note = await db.incidentEvent.create({ data: { workspaceId, incidentId: incident.id, kind: "NOTE", actorId: admin.userId, occurredAt: new Date(), body: "Rolled back." } });
  await db.incidentEventEdit.create({ data: { workspaceId, eventId: note.id, body: "Rolling back.", occurredAt: new Date(), editedById: admin.userId } });
  await db.incidentTask.create({ data: { workspaceId, incidentId: incident.id, title: "Check the queue", ownerId: admin.userId, createdById: admin.userId } });
  await db.incidentStatusUpdate.create({ data: { workspaceId, incidentId: incident.id, status: "INVESTIGATING", visibility: "PUBLIC", body: "Looking into it.", authorId: admin.userId } });
  await db.incidentReview.create({ data: { workspaceId, incidentId: incident.id, impact: "Mail delayed", writtenById: admin.userId } });
  await db.statusPageSubscriber.create({ data: { workspaceId, email: `subscriber-${workspaceId}@example.com`, unsubscribeTokenHash: `unsubscribe-${workspaceId}` } });
  await db.incidentResponder.create({ data: { workspaceId, incidentId: incident.id, userId: admin.userId, role: "Scribe" } });
  for (const ticketId of ticketIds.slice(0, 1)) await db.incidentTicket.create({ data: { workspaceId, incidentId: incident.id, ticketId } });
  await db.ticketDailyStat.create({ data: { workspaceId, day: new Date("2026-12-01"), priority: "LOW", kind: "QUESTION", created: 1 } });
  await db.apiUsage.create({ data: { workspaceId, day: new Date("2026-12-01"), reads: 3 } });
  await serviceToken(admin, ["tickets:read"]);
  await db.invitation.create({
    data: { workspaceId, email: `invitee-${workspaceId}@example.com`, name: "Invitee", role: "AGENT", tokenHash: `hash-${workspaceId}`, invitedById: admin.userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await db.emailMessage.create({ data: { workspaceId, to: client.email, subject: "Hi", text: "Hi", html: "<p>Hi</p>", template: "test" } });
  await recordAudit(db, { workspaceId, actorId: admin.userId, action: "test.done", targetType: "test", targetId: null });
  return { workspace, admin, client };
}

async function rowsOf(workspaceId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...WORKSPACE_TABLES, "comments", "ticket_events"]) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table}" WHERE workspace_id = $1::uuid`, workspaceId);
    counts[table] = Number(row?.count ?? 0);
  }
  return counts;
}

describe("removing a deleted workspace's data", () => {
  it("knows every table that holds workspace data", async () => {
    const tables = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'workspace_id'`;
    // Replies and timeline entries go with their tickets.
    const expected = tables.map((row) => row.table_name).filter((name) => !["comments", "ticket_events"].includes(name));
    expect([...WORKSPACE_TABLES].sort()).toEqual(expected.sort());
  });

  it("removes every row in batches, resumes after a stop, then deletes the workspace with an instance log entry", async () => {
    const { workspace, admin, client } = await populatedWorkspace(5);
    const { workspace: kept, admin: keptAdmin } = await populatedWorkspace(1);
    const keptRows = await rowsOf(kept.id);
    await requestWorkspaceDeletion(admin, { confirmation: workspace.slug });
    expect(Object.values(await rowsOf(workspace.id)).every((count) => count > 0)).toBe(true);

    // A server stopped after two batches of two tickets: the rest waits in the database.
    expect(await removeDeletedWorkspaces({ maxBatches: 2, batchSize: 2 })).toEqual({ batches: 2, rowsRemoved: 4, workspacesDeleted: 0 });
    expect(await listWorkspaceDeletions()).toEqual([
      { id: workspace.id, name: workspace.name, slug: workspace.slug, requestedAt: expect.any(Date), rowsRemoved: 4, ticketsLeft: 1 },
    ]);
    expect((await rowsOf(workspace.id)).tickets).toBe(1);

    const rest = await removeDeletedWorkspaces({ batchSize: 2, maxBatches: 100 });
    expect(rest.workspacesDeleted).toBe(1);
    expect(Object.values(await rowsOf(workspace.id)).every((count) => count === 0)).toBe(true);
    expect(await db.workspace.findUnique({ where: { id: workspace.id } })).toBeNull();
    expect(await listWorkspaceDeletions()).toEqual([]);
    // The accounts stay: they may belong to other workspaces.
    expect(await db.user.count({ where: { id: { in: [admin.userId, client.id] } } })).toBe(2);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "workspace.deleted", targetId: workspace.id } });
    expect(entry).toMatchObject({ workspaceId: null, actorId: admin.userId, metadata: { name: workspace.name, slug: workspace.slug } });
    expect((entry.metadata as { rowsRemoved: number }).rowsRemoved).toBe(4 + rest.rowsRemoved);
    expect(await db.auditLog.count({ where: { action: "workspace.deletion_requested", targetId: workspace.id } })).toBe(1);

    expect(await rowsOf(kept.id)).toEqual(keptRows);
    expect(await removeDeletedWorkspaces()).toEqual({ batches: 0, rowsRemoved: 0, workspacesDeleted: 0 });
    expect(keptAdmin.workspaceId).toBe(kept.id);
  });

  it("leaves a live workspace's audit log append-only", async () => {
    const { workspace } = await populatedWorkspace(0);
    await expect(db.auditLog.deleteMany({ where: { workspaceId: workspace.id } })).rejects.toThrow(/append-only/);
  });

  it("stops between batches when the server is stopping", async () => {
    const { workspace, admin } = await populatedWorkspace(2);
    await requestWorkspaceDeletion(admin, { confirmation: workspace.slug });
    const controller = new AbortController();
    controller.abort();
    expect(await removeDeletedWorkspaces({ signal: controller.signal })).toEqual({ batches: 0, rowsRemoved: 0, workspacesDeleted: 0 });
    expect((await rowsOf(workspace.id)).tickets).toBe(2);
  });

  it("runs in the background of a server process until the workspace is gone", async () => {
    const { workspace, admin } = await populatedWorkspace(2);
    const stop = startWorkspaceRemovalWorker({ intervalMs: 50 });
    try {
      await requestWorkspaceDeletion(admin, { confirmation: workspace.slug });
      await vi.waitFor(async () => expect(await db.workspace.findUnique({ where: { id: workspace.id } })).toBeNull(), { timeout: 10_000 });
    } finally {
      await stop();
    }
  });
});
