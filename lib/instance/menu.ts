import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { workspacePath } from "@/lib/workspaces/paths";
import { canCreateWorkspace } from "@/lib/workspaces/policy";
import { canManageInstance } from "./policy";
import { getInstanceStanding } from "./queries";

export type InstanceMenuEntry = { kind: "create-workspace" | "instance-settings"; label: string; href: string };

/**
 * The instance's entries for the user menu that `actor` may follow, in menu order: the pages
 * behind them answer 404 to everyone else, by the same rules.
 */
export async function instanceMenuEntries(actor: Actor): Promise<InstanceMenuEntry[]> {
  const standing = await getInstanceStanding(actor);
  const entries: InstanceMenuEntry[] = [];
  if (canCreateWorkspace(standing)) entries.push({ kind: "create-workspace", label: "Create workspace", href: workspacePath(actor.workspaceSlug, "/workspaces/new") });
  if (canManageInstance(standing)) entries.push({ kind: "instance-settings", label: "Instance settings", href: workspacePath(actor.workspaceSlug, "/instance") });
  return entries;
}
