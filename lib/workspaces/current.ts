import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { dbFor } from "@/lib/db";

/** The name and URL name of the workspace the actor acts in, for pages that say which one. */
export async function getActorWorkspace(actor: Actor): Promise<{ name: string; slug: string }> {
  return dbFor(actor).workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { name: true, slug: true } });
}
