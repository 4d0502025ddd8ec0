import { notFound, redirect } from "next/navigation";
import { adminSectionsFor } from "@/components/admin/admin-sections";
import { requireActor } from "@/lib/auth/session";
import { workspacePath } from "@/lib/workspaces/paths";

/** The admin area opens on the first section the actor may see. */
export default async function AdminPage() {
  const actor = await requireActor();
  const [first] = adminSectionsFor(actor);
  if (!first) notFound();
  redirect(workspacePath(actor.workspaceSlug, first.href));
}
