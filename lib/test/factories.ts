import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/test/db";
import type { Prisma, Role, Ticket } from "@/lib/generated/prisma/client";

export const TEST_PASSWORD = "correct horse battery staple";
// Hashing costs ~20 ms; every factory user shares one hash of TEST_PASSWORD.
let testPasswordHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8);

export async function createWorkspace(overrides: Partial<Prisma.WorkspaceCreateInput> = {}) {
  const suffix = unique();
  return db.workspace.create({ data: { name: `Workspace ${suffix}`, slug: `ws-${suffix}`, ...overrides } });
}

type CreateUserOptions = {
  role?: Role;
  workspaceId?: string;
  email?: string;
  name?: string;
  disabled?: boolean;
};

/** A verified user with TEST_PASSWORD and a membership; returns the user and their Actor. */
export async function createUser(options: CreateUserOptions = {}) {
  const workspaceId = options.workspaceId ?? (await createWorkspace()).id;
  const role = options.role ?? "CLIENT";
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const suffix = unique();
  const user = await db.user.create({
    data: {
      email: options.email ?? `user-${suffix}@example.com`,
      name: options.name ?? `User ${suffix}`,
      passwordHash: await testPasswordHash,
      emailVerifiedAt: new Date(),
      disabledAt: options.disabled ? new Date() : null,
      memberships: { create: { workspaceId, role } },
    },
  });
  const { slug: workspaceSlug } = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { slug: true } });
  const actor: Actor = {
    userId: user.id,
    workspaceId,
    workspaceSlug,
    role,
    email: user.email,
    name: user.name,
    twoFactorEnrolmentRequired: false,
  };
  return { user, actor };
}

/** Makes an existing user a member of another workspace too (a new one unless given); returns its id. */
export async function addMembership(userId: string, options: { workspaceId?: string; role?: Role } = {}) {
  const workspaceId = options.workspaceId ?? (await createWorkspace()).id;
  await db.membership.create({ data: { userId, workspaceId, role: options.role ?? "CLIENT" } });
  return workspaceId;
}

type CreateTicketOptions = Partial<Omit<Prisma.TicketUncheckedCreateInput, "workspaceId" | "number">> & {
  workspaceId: string;
  requesterId: string;
};

/** A ticket numbered from its workspace's counter, as the app numbers them. */
export async function createTicket(options: CreateTicketOptions): Promise<Ticket> {
  const { number } = await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.update({
      where: { id: options.workspaceId },
      data: { ticketNumber: { increment: 1 } },
      select: { ticketNumber: true },
    });
    return { number: workspace.ticketNumber };
  });
  return db.ticket.create({
    data: {
      title: `Ticket ${unique()}`,
      description: "Something needs attention.",
      ...options,
      number,
    },
  });
}

/** A category in the workspace, active unless `archived` (named apart from the categories mutation). */
export async function createTestCategory(options: { workspaceId: string; name?: string; archived?: boolean }) {
  return db.category.create({
    data: {
      workspaceId: options.workspaceId,
      name: options.name ?? `Category ${unique()}`,
      archivedAt: options.archived ? new Date() : null,
    },
  });
}
