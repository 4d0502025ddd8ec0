import "server-only";
import { STAFF_ROLES } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";

export type AssignableAgent = { id: string; name: string };

/** Who may be given tickets: the actor's workspace's staff whose accounts are not disabled. */
export function assignableAgentScope(actor: Actor): Prisma.MembershipWhereInput {
  // Service accounts act through API keys; tickets are assigned to people.
  return { workspaceId: actor.workspaceId, role: { in: [...STAFF_ROLES] }, user: { disabledAt: null, isServiceAccount: false } };
}

/** The agents a staff member may assign tickets to, by name; a 404 for clients. */
export async function listAssignableAgents(actor: Actor): Promise<AssignableAgent[]> {
  if (!can(actor, "tickets.assign")) throw new NotFoundError();
  const memberships = await dbFor(actor).membership.findMany({
    where: assignableAgentScope(actor),
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: { user: { select: { id: true, name: true } } },
  });
  return memberships.map(({ user }) => user);
}

/** Whether `userId` may be given tickets in the actor's workspace; read inside the change's transaction. */
export async function isAssignableAgent(tx: Prisma.TransactionClient, actor: Actor, userId: string): Promise<boolean> {
  const membership = await tx.membership.findFirst({
    where: { AND: [assignableAgentScope(actor), { userId }] },
    select: { id: true },
  });
  return membership !== null;
}
