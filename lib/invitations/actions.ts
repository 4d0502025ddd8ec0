"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction, definePublicAction } from "@/lib/action";
import { signOut } from "@/lib/auth/auth";
import { acceptInvitation, inviteMember, joinWorkspace, resendInvitation, revokeInvitation } from "./mutations";
import { acceptInvitationSchema, invitationTargetSchema, invitationTokenSchema, inviteMemberSchema } from "./schemas";

export const inviteMemberAction = defineAction(inviteMemberSchema, async (input, actor, context) => {
  const { email } = await inviteMember(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/users");
  return { email };
});

export const resendInvitationAction = defineAction(invitationTargetSchema, async (input, actor, context) => {
  await resendInvitation(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/users");
});

export const revokeInvitationAction = defineAction(invitationTargetSchema, async (input, actor, context) => {
  await revokeInvitation(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/users");
});

export const acceptInvitationAction = definePublicAction(acceptInvitationSchema, async (input, context) =>
  acceptInvitation(input, context),
);

// Joining a workspace is no act inside the session's workspace, so a pending two-factor enrolment
// there does not hold it up.
export const joinWorkspaceAction = defineAction(invitationTokenSchema, async (input, actor, context) => joinWorkspace(actor, input, context), {
  allowDuringTwoFactorEnrolment: true,
});

/** Signs out the account that is not the invited one; sign-in then comes back to the invitation. */
export const signOutToAcceptAction = definePublicAction(invitationTokenSchema, async ({ token }) => {
  const acceptPath = `/accept-invite?token=${encodeURIComponent(token)}`;
  await signOut({ redirectTo: `/sign-in?callbackUrl=${encodeURIComponent(acceptPath)}` });
});
