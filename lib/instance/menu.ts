import type { Actor } from "@/lib/auth/actor";
import { canCreateWorkspace } from "@/lib/workspaces/policy";
import { workspacePath } from "@/lib/workspaces/paths";
import { canManageInstance, type InstanceStanding } from "./policy";

export type InstanceMenuEntry = { kind: "create-workspace" | "instance-settings"; label: string; href: string };

/**
 * The instance's entries for the user menu that `actor`, of `standing`, may follow, in menu
 * order: the pages behind them answer 404 to everyone else, by the same rules.
 */
export function instanceMenuEntriesFor(actor: Pick<Actor, "workspaceSlug">, standing: InstanceStanding): InstanceMenuEntry[] {
  const entries: InstanceMenuEntry[] = [];
  if (canCreateWorkspace(standing)) entries.push({ kind: "create-workspace", label: "Create workspace", href: workspacePath(actor.workspaceSlug, "/workspaces/new") });
  if (canManageInstance(standing)) entries.push({ kind: "instance-settings", label: "Instance settings", href: workspacePath(actor.workspaceSlug, "/instance") });
  return entries;
}
