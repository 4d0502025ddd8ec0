import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { NotFoundError } from "@/lib/errors";
import { createTestCategory, createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { decodeCreatedAtCursor } from "@/lib/pagination/created-at-cursor";
import { listAuditEntries } from "./queries";
import { AUDIT_PAGE_SIZE, auditFiltersSchema } from "./schemas";
import { parseQueryLeniently } from "@/lib/url-query";

const filters = (values: Record<string, string> = {}) => parseQueryLeniently(auditFiltersSchema, values);

async function entry(workspaceId: string, fields: { action: string; targetType: string; targetId?: string | null; actorId?: string | null; createdAt?: Date; metadata?: object }) {
  return db.auditLog.create({
    data: { workspaceId, targetId: null, actorId: null, ...fields, ip: "192.0.2.7", metadata: fields.metadata ?? {} },
  });
}

async function adminOfNewWorkspace() {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id, name: "Grace Admin" });
  return { workspace, admin };
}

describe("listing audit entries", () => {
  it("returns only the admin's workspace's entries, newest first, with actor and IP", async () => {
    const { workspace, admin } = await adminOfNewWorkspace();
    const other = await createWorkspace();
    await entry(workspace.id, { action: "workspace.settings_changed", targetType: "workspace", targetId: workspace.id, actorId: admin.userId, createdAt: new Date("2026-01-01T10:00:00Z") });
    await entry(workspace.id, { action: "audit_log.pruned", targetType: "audit_log", createdAt: new Date("2026-01-02T10:00:00Z") });
    await entry(other.id, { action: "workspace.settings_changed", targetType: "workspace", targetId: other.id });

    const page = await listAuditEntries(admin, filters());
    expect(page.entries.map((item) => item.action)).toEqual(["audit_log.pruned", "workspace.settings_changed"]);
    expect(page.entries[1]).toMatchObject({ actor: { name: "Grace Admin" }, ip: "192.0.2.7" });
    expect(page.entries[0]?.actor).toBeNull();
    expect(page.olderCursor).toBeNull();
  });

  it("pages by time and id without skipping or repeating entries that share a timestamp", async () => {
    const { workspace, admin } = await adminOfNewWorkspace();
    const sameTime = new Date("2026-03-01T12:00:00Z");
    for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index += 1) {
      await entry(workspace.id, { action: "category.created", targetType: "category", createdAt: index < 10 ? sameTime : new Date(sameTime.getTime() + index * 1000) });
    }
    const first = await listAuditEntries(admin, filters({ action: "category.created" }));
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(decodeCreatedAtCursor(first.olderCursor ?? undefined)).not.toBeNull();
    const second = await listAuditEntries(admin, filters({ action: "category.created", after: first.olderCursor ?? "" }));
    expect(second.entries).toHaveLength(5);
    expect(second.olderCursor).toBeNull();
    const ids = [...first.entries, ...second.entries].map((item) => item.id);
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 5);
    const times = [...first.entries, ...second.entries].map((item) => item.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("filters by actor email, exact action or family, target and UTC days", async () => {
    const { workspace, admin } = await adminOfNewWorkspace();
    const { user: member } = await createUser({ workspaceId: workspace.id });
    await entry(workspace.id, { action: "user.invited", targetType: "user", targetId: member.id, actorId: admin.userId, createdAt: new Date("2026-05-10T23:59:00Z") });
    await entry(workspace.id, { action: "user.disabled", targetType: "user", targetId: member.id, actorId: admin.userId, createdAt: new Date("2026-05-11T00:00:00Z") });
    await entry(workspace.id, { action: "user.signed_in", targetType: "user", targetId: member.id, actorId: member.id, createdAt: new Date("2026-05-12T08:00:00Z") });
    await entry(workspace.id, { action: "category.created", targetType: "category", actorId: admin.userId, createdAt: new Date("2026-05-12T09:00:00Z") });

    const actions = async (values: Record<string, string>) =>
      (await listAuditEntries(admin, filters(values))).entries.map((item) => item.action);
    expect(await actions({ actor: admin.email.toUpperCase() })).toEqual(["category.created", "user.disabled", "user.invited"]);
    expect(await actions({ actor: "nobody@example.com" })).toEqual([]);
    expect(await actions({ action: "user.invited" })).toEqual(["user.invited"]);
    expect(await actions({ action: "user." })).toEqual(["user.signed_in", "user.disabled", "user.invited"]);
    expect(await actions({ action: "user" })).toEqual([]);
    expect(await actions({ targetType: "user", targetId: member.id })).toEqual(["user.signed_in", "user.disabled", "user.invited"]);
    expect(await actions({ targetType: "category" })).toEqual(["category.created"]);
    expect(await actions({ from: "2026-05-11", to: "2026-05-11" })).toEqual(["user.disabled"]);
    expect(await actions({ from: "2026-05-12" })).toEqual(["category.created", "user.signed_in"]);
    expect(await actions({ targetType: "not-a-type", from: "yesterday" })).toHaveLength(4);
  });

  it("resolves target links: member emails, ticket numbers from metadata or looked up, never another workspace's", async () => {
    const { workspace, admin } = await adminOfNewWorkspace();
    const { user: outsider } = await createUser();
    const ticket = await createTicket({ workspaceId: workspace.id, requesterId: admin.userId });
    const category = await createTestCategory({ workspaceId: workspace.id });
    await entry(workspace.id, { action: "user.invited", targetType: "user", targetId: admin.userId });
    await entry(workspace.id, { action: "user.registration_attempted", targetType: "user", targetId: outsider.id });
    await entry(workspace.id, { action: "ticket.created", targetType: "ticket", targetId: ticket.id, metadata: { number: 4242 } });
    await entry(workspace.id, { action: "ticket.assigned", targetType: "ticket", targetId: ticket.id });
    await entry(workspace.id, { action: "category.created", targetType: "category", targetId: category.id });

    const byAction = new Map((await listAuditEntries(admin, filters())).entries.map((item) => [item.action, item]));
    expect(byAction.get("user.invited")).toMatchObject({ targetUserEmail: admin.email, targetTicketNumber: null });
    expect(byAction.get("user.registration_attempted")?.targetUserEmail).toBeNull();
    expect(byAction.get("ticket.created")?.targetTicketNumber).toBe(4242);
    expect(byAction.get("ticket.assigned")?.targetTicketNumber).toBe(ticket.number);
    expect(byAction.get("category.created")).toMatchObject({ targetUserEmail: null, targetTicketNumber: null });
  });

  it("is a 404 for anyone but an admin", async () => {
    const { workspace } = await adminOfNewWorkspace();
    const { actor: manager } = await createUser({ role: "MANAGER", workspaceId: workspace.id });
    await expect(listAuditEntries(manager, filters())).rejects.toBeInstanceOf(NotFoundError);
  });
});
