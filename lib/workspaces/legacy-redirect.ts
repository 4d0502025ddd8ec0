import "server-only";
import { getActorIn } from "@/lib/auth/session";
import { workspacePath } from "./paths";

/**
 * A page URL from before workspaces had their own (/tickets/12, /dashboard, /admin/..., /account):
 * bookmarks and old emails keep working by landing in the workspace the person signed in to.
 * The proxy has already sent signed-out visitors to sign-in.
 */
export async function redirectIntoSignedInWorkspace(request: Request): Promise<Response> {
  const actor = await getActorIn(null);
  const { pathname, search } = new URL(request.url);
  const location = actor ? `${workspacePath(actor.workspaceSlug, pathname)}${search}` : `/sign-in?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`;
  return new Response(null, { status: 307, headers: { Location: location, "Cache-Control": "no-store" } });
}
