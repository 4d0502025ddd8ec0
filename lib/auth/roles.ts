import { Role } from "@/lib/generated/prisma/enums";

/** Roles that work the queue; clients see only their own tickets. */
export const STAFF_ROLES: readonly Role[] = [Role.AGENT, Role.MANAGER, Role.ADMIN];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  CLIENT: "Client",
  AGENT: "Agent",
  MANAGER: "Manager",
  ADMIN: "Admin",
};
