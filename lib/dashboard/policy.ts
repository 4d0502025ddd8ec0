import { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";

/** Managers and admins read the dashboard and its exports; to anyone else it does not exist. */
export const DASHBOARD_ROLES: readonly Role[] = [Role.MANAGER, Role.ADMIN];

export function canViewDashboard(actor: Pick<Actor, "role">): boolean {
  return DASHBOARD_ROLES.includes(actor.role);
}
