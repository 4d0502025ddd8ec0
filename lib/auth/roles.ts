import { Role } from "@/lib/generated/prisma/enums";

/** Roles that work the queue; clients see only their own tickets. */
export const STAFF_ROLES: readonly Role[] = [Role.AGENT, Role.MANAGER, Role.ADMIN];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/**
 * Staff of a workspace that requires two-factor, without it turned on: until they enrol, pages
 * send them to the enrolment page and actions and their personal API tokens are refused.
 */
export function mustEnrolInTwoFactor(member: { role: Role; twoFactorEnabledAt: Date | null }, requireStaffTwoFactor: boolean): boolean {
  return requireStaffTwoFactor && isStaff(member.role) && !member.twoFactorEnabledAt;
}

export const ROLE_LABELS: Record<Role, string> = {
  CLIENT: "Client",
  AGENT: "Agent",
  MANAGER: "Manager",
  ADMIN: "Admin",
};
