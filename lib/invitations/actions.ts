"use server";

import { revalidateWorkspacePaths } from "@/lib/workspaces/revalidate";
import { defineAction, definePublicAction } from "@/lib/action";
import { acceptInvitation, inviteMember, resendInvitation } from "./mutations";
import { acceptInvitationSchema, inviteMemberSchema, resendInvitationSchema } from "./schemas";

export const inviteMemberAction = defineAction(inviteMemberSchema, async (input, actor, context) => {
  const result = await inviteMember(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/users");
  return result;
});

export const resendInvitationAction = defineAction(resendInvitationSchema, async (input, actor, context) => {
  await resendInvitation(actor, input, context);
  revalidateWorkspacePaths(actor, "/admin/users");
});

export const acceptInvitationAction = definePublicAction(acceptInvitationSchema, async (input, context) =>
  acceptInvitation(input, context),
);
