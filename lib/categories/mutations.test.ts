import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { archiveCategory, createCategory, deleteCategory, restoreCategory, updateCategory } from "./mutations";
import { DUPLICATE_CATEGORY_NAME_MESSAGE, MAX_CATEGORIES } from "./schemas";

async function workspaceWithAdmin() {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  return { workspace, admin };
}

const auditEntries = (categoryId: string) =>
  db.auditLog.findMany({ where: { targetType: "category", targetId: categoryId }, orderBy: { createdAt: "asc" } });

describe("creating a category", () => {
  it("creates an active category with a category.created entry", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const category = await createCategory(admin, { name: "Billing", description: "Invoices and refunds" });

    expect(await db.category.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({
      workspaceId: workspace.id,
      name: "Billing",
      description: "Invoices and refunds",
      archivedAt: null,
    });
    expect(await auditEntries(category.id)).toMatchObject([
      { action: "category.created", actorId: admin.userId, workspaceId: workspace.id, metadata: { name: "Billing" } },
    ]);
  });

  it("refuses a name the workspace already has in another case, as a field error", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    await createCategory(admin, { name: "Billing", description: "" });

    const attempt = createCategory(admin, { name: "BILLING", description: "" });

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { name: [DUPLICATE_CATEGORY_NAME_MESSAGE] } });
    expect(await db.category.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });

  it("stops at the workspace's cap, archived categories included", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    await db.category.createMany({
      data: Array.from({ length: MAX_CATEGORIES }, (_, index) => ({
        workspaceId: workspace.id,
        name: `Category ${index}`,
        archivedAt: index === 0 ? new Date() : null,
      })),
    });

    await expect(createCategory(admin, { name: "One too many", description: "" })).rejects.toMatchObject({
      code: "TOO_MANY_CATEGORIES",
    });
    expect(await db.category.count({ where: { workspaceId: workspace.id } })).toBe(MAX_CATEGORIES);
  });

  it("allows a name another workspace already uses", async () => {
    const { admin: first } = await workspaceWithAdmin();
    const { admin: second } = await workspaceWithAdmin();
    await createCategory(first, { name: "Billing", description: "" });
    await expect(createCategory(second, { name: "billing", description: "" })).resolves.toMatchObject({ name: "billing" });
  });
});

describe("editing a category", () => {
  it("renames and re-describes it with one audit entry for each change, from → to", async () => {
    const { admin } = await workspaceWithAdmin();
    const { id } = await createCategory(admin, { name: "Billing", description: "Invoices" });

    expect(await updateCategory(admin, { categoryId: id, name: "Payments", description: "Invoices and refunds" })).toEqual({
      changed: true,
    });

    expect(await db.category.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Payments",
      description: "Invoices and refunds",
    });
    const entries = await auditEntries(id);
    expect(entries.find((entry) => entry.action === "category.renamed")?.metadata).toEqual({ from: "Billing", to: "Payments" });
    expect(entries.find((entry) => entry.action === "category.description_changed")?.metadata).toEqual({
      name: "Payments",
      from: "Invoices",
      to: "Invoices and refunds",
    });
  });

  it("treats a change of case as a rename, and writes nothing when nothing changed", async () => {
    const { admin } = await workspaceWithAdmin();
    const { id } = await createCategory(admin, { name: "billing", description: "" });

    await updateCategory(admin, { categoryId: id, name: "Billing", description: "" });
    expect(await updateCategory(admin, { categoryId: id, name: "Billing", description: "" })).toEqual({ changed: false });

    expect((await auditEntries(id)).map((entry) => entry.action)).toEqual(["category.created", "category.renamed"]);
  });

  it("refuses to rename it to another category's name", async () => {
    const { admin } = await workspaceWithAdmin();
    await createCategory(admin, { name: "Billing", description: "" });
    const { id } = await createCategory(admin, { name: "Hardware", description: "" });

    await expect(updateCategory(admin, { categoryId: id, name: "billing", description: "" })).rejects.toMatchObject({
      fieldErrors: { name: [DUPLICATE_CATEGORY_NAME_MESSAGE] },
    });
    expect((await db.category.findUniqueOrThrow({ where: { id } })).name).toBe("Hardware");
  });
});

describe("archiving and restoring a category", () => {
  it("archives it and restores it, each with an audit entry, and repeats write nothing", async () => {
    const { admin } = await workspaceWithAdmin();
    const { id } = await createCategory(admin, { name: "Billing", description: "" });

    expect(await archiveCategory(admin, { categoryId: id })).toEqual({ changed: true });
    expect((await db.category.findUniqueOrThrow({ where: { id } })).archivedAt).toBeInstanceOf(Date);
    expect(await archiveCategory(admin, { categoryId: id })).toEqual({ changed: false });
    expect(await restoreCategory(admin, { categoryId: id })).toEqual({ changed: true });
    expect((await db.category.findUniqueOrThrow({ where: { id } })).archivedAt).toBeNull();
    expect(await restoreCategory(admin, { categoryId: id })).toEqual({ changed: false });

    const entries = await auditEntries(id);
    expect(entries.map((entry) => entry.action)).toEqual(["category.created", "category.archived", "category.restored"]);
    expect(entries[1]?.metadata).toEqual({ name: "Billing" });
  });
});

describe("deleting a category", () => {
  it("deletes one without tickets, with a category.deleted entry", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const { id } = await createCategory(admin, { name: "Typo", description: "" });

    expect(await deleteCategory(admin, { categoryId: id })).toEqual({ id, name: "Typo" });

    expect(await db.category.findUnique({ where: { id } })).toBeNull();
    expect(await auditEntries(id)).toMatchObject([
      { action: "category.created" },
      { action: "category.deleted", workspaceId: workspace.id, metadata: { name: "Typo" } },
    ]);
  });

  it("refuses one with tickets and tells the admin to archive it", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const { id } = await createCategory(admin, { name: "Billing", description: "" });
    const ticket = await createTicket({ workspaceId: workspace.id, requesterId: admin.userId, categoryId: id });

    const attempt = deleteCategory(admin, { categoryId: id });

    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toThrow("Billing has 1 ticket, so it cannot be deleted. Archive it instead.");
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).categoryId).toBe(id);
    expect((await auditEntries(id)).map((entry) => entry.action)).toEqual(["category.created"]);
  });
});

describe("who may manage categories", () => {
  it("is a 404 for clients, agents and managers, whatever they try", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const { id: categoryId } = await createCategory(admin, { name: "Billing", description: "" });
    for (const role of ["CLIENT", "AGENT", "MANAGER"] as const) {
      const { actor } = await createUser({ role, workspaceId: workspace.id });
      await expect(createCategory(actor, { name: `By ${role}`, description: "" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateCategory(actor, { categoryId, name: "Renamed", description: "" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(archiveCategory(actor, { categoryId })).rejects.toBeInstanceOf(NotFoundError);
      await expect(restoreCategory(actor, { categoryId })).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteCategory(actor, { categoryId })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.category.findUniqueOrThrow({ where: { id: categoryId } })).toMatchObject({ name: "Billing", archivedAt: null });
    expect(await db.category.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });

  it("is a 404 for an admin of another workspace, who changes nothing", async () => {
    const { admin } = await workspaceWithAdmin();
    const { admin: outsider } = await workspaceWithAdmin();
    const { id: categoryId } = await createCategory(admin, { name: "Billing", description: "" });

    await expect(updateCategory(outsider, { categoryId, name: "Mine", description: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(archiveCategory(outsider, { categoryId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(restoreCategory(outsider, { categoryId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteCategory(outsider, { categoryId })).rejects.toBeInstanceOf(NotFoundError);

    expect(await db.category.findUniqueOrThrow({ where: { id: categoryId } })).toMatchObject({ name: "Billing", archivedAt: null });
    expect((await auditEntries(categoryId)).map((entry) => entry.action)).toEqual(["category.created"]);
  });
});
