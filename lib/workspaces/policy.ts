import type { InstanceStanding } from "@/lib/instance/policy";

/**
 * Who may create a workspace: instance operators always; with the instance setting "any
 * verified user", anyone signed in whose email is verified. Client-safe and pure.
 */
export function canCreateWorkspace(standing: InstanceStanding): boolean {
  if (standing.isInstanceOperator) return true;
  return standing.workspaceCreation === "VERIFIED_USERS" && standing.isEmailVerified;
}
