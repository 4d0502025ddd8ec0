import type { Actor } from "@/lib/auth/actor";

/**
 * Service keys act for the workspace's integrations: admins create and revoke them. Personal
 * tokens act as their owner, so every member may hold them (limited to what their role may do).
 */
export function canManageServiceKeys(actor: Pick<Actor, "role">): boolean {
  return actor.role === "ADMIN";
}
