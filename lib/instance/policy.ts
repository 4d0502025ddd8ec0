import type { WorkspaceCreationPolicy } from "@/lib/generated/prisma/enums";

/**
 * What the instance lets one signed-in person do, from their live account (not their session)
 * and the instance settings. Client-safe and pure, so the rules are tables in policy tests.
 */
export type InstanceStanding = {
  isInstanceOperator: boolean;
  isEmailVerified: boolean;
  workspaceCreation: WorkspaceCreationPolicy;
};

/** The instance settings page and its changes: operators only. */
export function canManageInstance(standing: InstanceStanding): boolean {
  return standing.isInstanceOperator;
}
