import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { workspacePath } from "@/lib/workspaces/paths";

/** Home is the tickets of the workspace the person signed in to. */
export default async function HomePage() {
  const actor = await getActor();
  redirect(actor ? workspacePath(actor.workspaceSlug, "/tickets") : "/sign-in");
}
