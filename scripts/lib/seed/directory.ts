import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_WORKSPACE } from "@/lib/setup/first-admin";
import { DEMO_CATEGORIES } from "./categories";
import type { Person } from "./generate";
import { type DemoUser, DEMO_USERS, NORTHWIND_MEMBERS } from "./people";

export type DemoWorkspace = { name: string; slug: string; members: readonly DemoUser[] };

/** The demo's workspaces: the default one with everyone, and a small second one some share. */
export const DEMO_WORKSPACES = {
  main: { ...DEFAULT_WORKSPACE, members: DEMO_USERS },
  northwind: { name: "Northwind IT", slug: "northwind-it", members: NORTHWIND_MEMBERS },
} satisfies Record<string, DemoWorkspace>;

/** The second workspace's tickets: a twentieth of the first's, between 20 and 2,000. */
export function northwindTicketCount(total: number): number {
  return Math.min(2_000, Math.max(20, Math.round(total / 20)));
}

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
 * Creates a demo workspace, its members' accounts and memberships and the categories, or finds
 * them from an earlier run: keyed by slug, email and name, so reruns add no duplicates. Existing
 * demo accounts get the demo password and role again, so the printed credentials work.
 */
export async function upsertDirectory(prisma: PrismaClient, passwordHash: string, demo: DemoWorkspace = DEMO_WORKSPACES.main): Promise<Directory> {
  const workspace = await prisma.workspace.upsert({
    where: { slug: demo.slug },
    create: { name: demo.name, slug: demo.slug },
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

  for (const member of demo.members) {
    const user = await prisma.user.upsert({
      where: { email: member.email },
      create: { email: member.email, name: member.name, passwordHash, emailVerifiedAt: verifiedAt },
      update: { passwordHash },
    });
    await prisma.membership.upsert({
      where: { userId_workspaceId: { userId: user.id, workspaceId: workspace.id } },
      create: { userId: user.id, workspaceId: workspace.id, role: member.role },
      update: { role: member.role },
    });
    const person = { id: user.id, name: user.name };
    // The tickets' escalation contact: the manager, or an admin where there is none.
    if (member.role === "MANAGER" || (member.role === "ADMIN" && directory.manager.id === "")) directory.manager = person;
    else if (member.role === "AGENT") directory.agents.push(person);
    else if (member.role === "CLIENT") directory.clients.push(person);
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
