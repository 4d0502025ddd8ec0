import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transactionFor } from "@/lib/db";
import { instanceMenuEntriesFor } from "@/lib/instance/menu";
import { readInstanceSettings } from "@/lib/instance/queries";
import { liveWorkspaceWhere } from "./live";

// Enough for any switcher a person would pick from by eye.
const MAX_SWITCHER_WORKSPACES = 500;

/**
 * What the app shell around every workspace page shows besides the actor: the workspaces the
 * person belongs to with their role in each (the switcher), and the instance entries of the user
 * menu. One transaction in the user's own scope (row-level security shows them their memberships
 * in every workspace): two statements on one connection, since every page pays for it.
 */
export async function loadWorkspaceShell(actor: Actor) {
  return transactionFor({ userId: actor.userId }, async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: {
        isInstanceOperator: true,
        emailVerifiedAt: true,
        memberships: {
          where: { workspace: liveWorkspaceWhere },
          orderBy: { createdAt: "asc" },
          take: MAX_SWITCHER_WORKSPACES,
          select: { role: true, workspace: { select: { slug: true, name: true } } },
        },
      },
    });
    const { workspaceCreation } = await readInstanceSettings(tx);
    const standing = { isInstanceOperator: user.isInstanceOperator, isEmailVerified: Boolean(user.emailVerifiedAt), workspaceCreation };
    return {
      workspaces: user.memberships.map(({ role, workspace }) => ({ slug: workspace.slug, name: workspace.name, role })),
      instanceEntries: instanceMenuEntriesFor(actor, standing),
    };
  });
}
