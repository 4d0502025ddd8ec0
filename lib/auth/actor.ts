import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user acting in one workspace: what every query and mutation takes first. */
export type Actor = {
  userId: string;
  workspaceId: string;
  /** The workspace's URL name: its pages live under /w/<slug>. */
  workspaceSlug: string;
  role: Role;
  email: string;
  name: string;
  /**
   * Staff of a workspace that requires two-factor, who have not turned it on: until they do,
   * pages send them to the enrolment page and actions other than enrolment are refused.
   */
  twoFactorEnrolmentRequired: boolean;
};
