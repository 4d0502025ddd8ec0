import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { workspacePath } from "@/lib/workspaces/paths";

/** A workspace's own address opens its tickets (for members; anyone else finds nothing here). */
export default async function WorkspaceHomePage() {
  const actor = await requireActor();
  redirect(workspacePath(actor.workspaceSlug, "/tickets"));
}
