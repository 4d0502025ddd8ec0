import type { Actor } from "@/lib/auth/actor";

/** Only administrators change how people sign up and sign in. */
export function canManageWorkspaceSettings(actor: Actor): boolean {
  return actor.role === "ADMIN";
}
