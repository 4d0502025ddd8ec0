import "server-only";
import { revalidatePath } from "next/cache";
import { workspacePath } from "./paths";

/** After a change, marks these pages of the actor's workspace (paths inside it) as stale. */
export function revalidateWorkspacePaths(actor: { workspaceSlug: string }, ...paths: string[]): void {
  for (const path of paths) revalidatePath(workspacePath(actor.workspaceSlug, path));
}
