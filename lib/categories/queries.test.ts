import { describe, expect, it } from "vitest";
import { db } from "@/lib/test/db";
import { NotFoundError } from "@/lib/errors";
import { createTicket, createUser, createWorkspace } from "@/lib/test/factories";
import { listCategoriesForAdmin, listSelectableCategories } from "./queries";

async function workspaceWithAdmin() {
  const workspace = await createWorkspace();
  const { actor: admin } = await createUser({ role: "ADMIN", workspaceId: workspace.id });
  return { workspace, admin };
}

describe("listing categories for the admin", () => {
  it("lists active categories by name, then archived ones by name, with their ticket counts", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    const [billing, access, outage, hardware] = await Promise.all(
      [
        { name: "billing", archivedAt: null },
        { name: "Access", archivedAt: null },
        { name: "Outage", archivedAt: new Date() },
        { name: "hardware", archivedAt: new Date() },
      ].map((data) => db.category.create({ data: { ...data, workspaceId: workspace.id } })),
    );
    const requesterId = admin.userId;
    for (const categoryId of [billing?.id, billing?.id, outage?.id]) {
      await createTicket({ workspaceId: workspace.id, requesterId, categoryId });
    }
    await createTicket({ workspaceId: workspace.id, requesterId });

    const categories = await listCategoriesForAdmin(admin);

    expect(categories.map(({ name, isArchived, ticketCount }) => ({ name, isArchived, ticketCount }))).toEqual([
      { name: "Access", isArchived: false, ticketCount: 0 },
      { name: "billing", isArchived: false, ticketCount: 2 },
      { name: "hardware", isArchived: true, ticketCount: 0 },
      { name: "Outage", isArchived: true, ticketCount: 1 },
    ]);
    expect(categories.map((category) => category.id)).toEqual([access?.id, billing?.id, hardware?.id, outage?.id]);
  });

  it("shows only the admin's own workspace", async () => {
    const { admin } = await workspaceWithAdmin();
    const other = await createWorkspace();
    await db.category.create({ data: { workspaceId: other.id, name: "Elsewhere" } });
    expect(await listCategoriesForAdmin(admin)).toEqual([]);
  });

  it("is a 404 for anyone but an admin", async () => {
    const workspace = await createWorkspace();
    for (const role of ["CLIENT", "AGENT", "MANAGER"] as const) {
      const { actor } = await createUser({ role, workspaceId: workspace.id });
      await expect(listCategoriesForAdmin(actor)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("listing the categories a new ticket may use", () => {
  it("gives any member their workspace's active categories by name, never archived ones", async () => {
    const { workspace } = await workspaceWithAdmin();
    const other = await createWorkspace();
    await db.category.createMany({
      data: [
        { workspaceId: workspace.id, name: "Software", description: "Apps and licences" },
        { workspaceId: workspace.id, name: "access" },
        { workspaceId: workspace.id, name: "Retired", archivedAt: new Date() },
        { workspaceId: other.id, name: "Foreign" },
      ],
    });
    const { actor: client } = await createUser({ role: "CLIENT", workspaceId: workspace.id });

    const categories = await listSelectableCategories(client);

    expect(categories.map(({ name, description }) => ({ name, description }))).toEqual([
      { name: "access", description: "" },
      { name: "Software", description: "Apps and licences" },
    ]);
  });
});
