import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_WORKSPACE } from "@/lib/setup/first-admin";
import { DEMO_CATEGORIES } from "./categories";
import type { Person } from "./generate";
import { DEMO_USERS } from "./people";

/** Who and what the generated tickets refer to. */
export type Directory = {
  workspaceId: string;
  /** Ids of DEMO_CATEGORIES, in the same order. */
  categoryIds: string[];
  manager: Person;
  agents: Person[];
  clients: Person[];
};

/**
 * Creates the default workspace, the demo users with their memberships and the categories, or
 * finds them from an earlier run: keyed by slug, email and name, so reruns add no duplicates.
 * Existing demo accounts get the demo password and role again, so the printed credentials work.
 */
export async function upsertDirectory(prisma: PrismaClient, passwordHash: string): Promise<Directory> {
  const workspace = await prisma.workspace.upsert({
    where: { slug: DEFAULT_WORKSPACE.slug },
    create: DEFAULT_WORKSPACE,
    update: {},
  });
  const verifiedAt = new Date();
  const directory: Directory = {
    workspaceId: workspace.id,
    categoryIds: [],
    manager: { id: "", name: "" },
    agents: [],
    clients: [],
  };

  for (const demo of DEMO_USERS) {
    const user = await prisma.user.upsert({
      where: { email: demo.email },
      create: { email: demo.email, name: demo.name, passwordHash, emailVerifiedAt: verifiedAt },
      update: { passwordHash },
    });
    await prisma.membership.upsert({
      where: { userId_workspaceId: { userId: user.id, workspaceId: workspace.id } },
      create: { userId: user.id, workspaceId: workspace.id, role: demo.role },
      update: { role: demo.role },
    });
    const person = { id: user.id, name: user.name };
    if (demo.role === "MANAGER") directory.manager = person;
    else if (demo.role === "AGENT") directory.agents.push(person);
    else if (demo.role === "CLIENT") directory.clients.push(person);
  }

  for (const category of DEMO_CATEGORIES) {
    const row = await prisma.category.upsert({
      where: { workspaceId_name: { workspaceId: workspace.id, name: category.name } },
      create: { workspaceId: workspace.id, name: category.name, description: category.description },
      update: {},
    });
    directory.categoryIds.push(row.id);
  }
  return directory;
}
